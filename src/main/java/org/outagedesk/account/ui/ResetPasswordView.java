package org.outagedesk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.outagedesk.account.AccountException;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.base.ui.PublicPage;

/** Sets a new password with the e-mailed link ({@code ?token=}); a bad link offers a new one. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, LocalizedTitle {

    private static final String INVALID_LINK = "account.reset.invalid-link";

    private final AccountService accounts;
    private final PublicPage page;
    private final PasswordPair passwords;
    private final FieldErrors errors = new FieldErrors();
    private final Button submit;
    private String token = "";

    public ResetPasswordView(AccountService accounts) {
        this.accounts = accounts;
        page = PublicForm.frame(this, "account.reset.heading", "account.reset.intro");
        passwords = new PasswordPair("reset-password", "reset-password-confirm", accounts.minPasswordLength());
        errors.on("account.password", passwords.password());
        submit = PublicForm.submit("reset-submit", "account.reset.submit", this::reset);
        Div fields = PublicForm.fields();
        fields.add(passwords.fields());
        fields.add(submit);
        page.addToCard(fields);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        if (token.isBlank()) {
            showInvalidLink();
        }
    }

    private void reset() {
        if (PublicForm.submitted(submit, passwords::check, () -> accounts.resetPassword(token, passwords.value()),
                this::refused)) {
            page.replaceCardBody(ResultBlock.thenSignIn("reset-done", getTranslation("account.reset.done.title"),
                    getTranslation("account.reset.done"), "reset-login-link"));
        }
    }

    private void refused(RuntimeException failure) {
        if (failure instanceof AccountException refusal && INVALID_LINK.equals(refusal.messageKey())) {
            showInvalidLink();
        } else {
            errors.show(failure);
        }
    }

    private void showInvalidLink() {
        page.replaceCardBody(new ResultBlock("reset-invalid", false, getTranslation("account.reset.invalid.title"),
                getTranslation(INVALID_LINK))
                .withLink("reset-request-link", "forgot-password", getTranslation("account.reset.request-new")));
    }

    @Override
    public String titleKey() {
        return "account.reset.title";
    }
}
