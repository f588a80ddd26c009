package org.outagedesk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.outagedesk.account.AccountProperties;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.Registration;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.base.ui.PublicPage;

/** Self-registration: the person confirms the address by the e-mailed link before signing in. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements LocalizedTitle {

    private final AccountService accounts;
    private final AccountProperties properties;
    private final PublicPage page;
    private final EmailField email = PublicForm.emailField("register-email");
    private final TextField name = new TextField();
    private final TextField department = new TextField();
    private final TextField site = new TextField();
    private final PasswordPair passwords;
    private final FieldErrors errors = new FieldErrors();
    private Button submit;

    public RegisterView(AccountService accounts, AccountProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
        this.passwords = new PasswordPair("register-password", "register-password-confirm",
                "account.password.choose", accounts.minPasswordLength());
        page = PublicForm.frame(this, "account.register.heading", "account.register.intro");
        if (accounts.registrationOpen()) {
            page.addToCard(form(), PublicForm.backToSignIn("register-login-link"));
        } else {
            page.replaceCardBody(new ResultBlock("register-closed", false,
                    getTranslation("account.register.closed.title"),
                    getTranslation("account.register.closed")).withLink("register-login-link", "login",
                    getTranslation("account.back-to-login")));
        }
    }

    private Div form() {
        email.setHelperText(getTranslation("account.register.email-hint",
                String.join(", ", properties.registration().allowedDomains())));
        field(name, "register-name", "account.field.name", true);
        field(department, "register-department", "account.field.department", false);
        field(site, "register-site", "account.field.site", false);
        name.setAutocomplete(Autocomplete.NAME);
        errors.on("account.error.email", email).on("account.register.domain", email)
                .on("account.error.name", name).on("account.password", passwords.password());
        submit = PublicForm.submit("register-submit", "account.register.submit", this::register);
        Div fields = PublicForm.fields();
        fields.add(email, name);
        fields.add(passwords.fields());
        fields.add(department, site, submit);
        return fields;
    }

    private void field(TextField field, String id, String labelKey, boolean required) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setRequiredIndicatorVisible(required);
        field.setManualValidation(true);
        field.setMaxLength(120);
    }

    private void register() {
        errors.clear();
        if (PublicForm.submitted(submit, this::check, () -> accounts.register(new Registration(
                email.getValue().strip(), name.getValue().strip(), passwords.value(),
                FieldErrors.optional(department.getValue()), FieldErrors.optional(site.getValue()),
                BundleI18NProvider.supported(getLocale()).getLanguage())), errors::show)) {
            page.replaceCardBody(ResultBlock.thenSignIn("register-done",
                    getTranslation("account.register.done.title"), getTranslation("account.register.done",
                            email.getValue().strip(), properties.tokens().verification().toHours()),
                    "register-login-link"));
        }
    }

    private boolean check() {
        boolean ok = PublicForm.checkEmail(email);
        ok &= FieldErrors.require(name, name.getValue(), "account.error.name-required");
        return passwords.check() && ok;
    }

    @Override
    public String titleKey() {
        return "account.register.title";
    }
}
