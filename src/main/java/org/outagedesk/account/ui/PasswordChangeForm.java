package org.outagedesk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import org.outagedesk.account.AccountService;

/** Changes the signed-in person's password after checking the current one. */
class PasswordChangeForm extends Section {

    private final AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordPair passwords;
    private final FieldErrors errors = new FieldErrors();

    PasswordChangeForm(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("panel", "password-panel");
        current.setId("password-current");
        current.setLabel(getTranslation("account.password.current"));
        current.setRequiredIndicatorVisible(true);
        current.setManualValidation(true);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        passwords = new PasswordPair("password-new", "password-confirm", accounts.minPasswordLength());
        errors.on("account.password.current", current).on("account.password", passwords.password());

        FormLayout fields = new FormLayout(current);
        fields.add(passwords.fields());
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        fields.setColspan(current, 2);

        Button change = new Button(getTranslation("account.password.change"), click -> change());
        change.setId("password-change");
        add(new H2(getTranslation("account.password.heading")), fields, change);
    }

    private void change() {
        errors.clear();
        boolean ok = FieldErrors.require(current, current.getValue(), "account.password.current-required");
        ok &= passwords.check();
        if (!ok) {
            return;
        }
        try {
            accounts.changePassword(current.getValue(), passwords.value());
            current.clear();
            passwords.clear();
            AccountFeedback.success(getTranslation("account.password.changed"));
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }
}
