package org.outagedesk.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.outagedesk.base.ui.PublicPage;
import org.outagedesk.base.ui.Texts;

/** Building blocks of the public account pages: the page frame, fields and the submit button. */
final class PublicForm {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

    private PublicForm() {}

    /** Fills a public view with the page frame, centred like the sign-in page. */
    static PublicPage frame(VerticalLayout view, String headingKey, String introKey) {
        view.setPadding(false);
        view.setSizeFull();
        PublicPage page = new PublicPage(headingKey, introKey);
        view.add(page);
        return page;
    }

    static Div fields() {
        Div fields = new Div();
        fields.addClassName("public-form");
        return fields;
    }

    static EmailField emailField(String id) {
        EmailField email = new EmailField(Texts.t("account.field.email"));
        email.setId(id);
        email.setRequiredIndicatorVisible(true);
        email.setManualValidation(true);
        email.setAutocomplete(Autocomplete.EMAIL);
        return email;
    }

    /** Checks an address is given and looks like one; marks the field otherwise. */
    static boolean checkEmail(EmailField email) {
        if (!FieldErrors.require(email, email.getValue(), "account.error.email-required")) {
            return false;
        }
        if (!EMAIL.matcher(email.getValue().strip()).matches()) {
            FieldErrors.mark(email, "account.error.email-invalid");
            return false;
        }
        return true;
    }

    /** The primary button; disabled while it works, so a double click acts once. */
    static Button submit(String id, String labelKey, Runnable action) {
        Button submit = new Button(Texts.t(labelKey), click -> action.run());
        submit.setId(id);
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setDisableOnClick(true);
        submit.addClassName("public-submit");
        return submit;
    }

    /**
     * Handles a click on a {@link #submit} button: runs the checks, then the action, and
     * re-enables the button for another try when either fails. True when the action succeeded.
     */
    static boolean submitted(Button submit, BooleanSupplier checks, Runnable action,
            Consumer<RuntimeException> onFailure) {
        if (!checks.getAsBoolean()) {
            submit.setEnabled(true);
            return false;
        }
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            onFailure.accept(e);
            submit.setEnabled(true);
            return false;
        }
    }

    static Div backToSignIn(String id) {
        Div row = new Div(ResultBlock.link(id, "login", Texts.t("account.back-to-login")));
        row.addClassName("public-secondary");
        return row;
    }
}
