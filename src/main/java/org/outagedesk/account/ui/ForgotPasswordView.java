package org.outagedesk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.outagedesk.account.AccountProperties;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.base.ui.PublicPage;

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements LocalizedTitle {

    private final AccountService accounts;
    private final AccountProperties properties;
    private final PublicPage page;
    private final EmailField email = PublicForm.emailField("forgot-email");
    private final Button submit;

    public ForgotPasswordView(AccountService accounts, AccountProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
        page = PublicForm.frame(this, "account.forgot.heading", "account.forgot.intro");
        submit = PublicForm.submit("forgot-submit", "account.forgot.submit", this::request);
        Div fields = PublicForm.fields();
        fields.add(email, submit);
        page.addToCard(fields, PublicForm.backToSignIn("forgot-login-link"));
    }

    private void request() {
        email.setInvalid(false);
        String address = email.getValue().strip();
        if (PublicForm.submitted(submit, () -> PublicForm.checkEmail(email),
                () -> accounts.requestPasswordReset(address), AccountFeedback::error)) {
            page.replaceCardBody(ResultBlock.thenSignIn("forgot-done", getTranslation("account.forgot.done.title"),
                    getTranslation("account.forgot.done", address, properties.tokens().passwordReset().toMinutes()),
                    "forgot-login-link"));
        }
    }

    @Override
    public String titleKey() {
        return "account.forgot.title";
    }
}
