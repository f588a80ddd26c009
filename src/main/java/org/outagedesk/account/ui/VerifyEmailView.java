package org.outagedesk.account.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.base.ui.PublicPage;

/** Opens the e-mailed confirmation link ({@code ?token=}) and says whether it worked. */
@Route(value = "verify-email", autoLayout = false)
@AnonymousAllowed
public class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver, LocalizedTitle {

    private final AccountService accounts;
    private final PublicPage page;

    public VerifyEmailView(AccountService accounts) {
        this.accounts = accounts;
        page = PublicForm.frame(this, "account.verify.heading", null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        ResultBlock result;
        try {
            accounts.verifyEmail(token);
            result = new ResultBlock("verify-result", true, getTranslation("account.verify.done.title"),
                    getTranslation("account.verify.done"));
        } catch (RuntimeException e) {
            result = new ResultBlock("verify-result", false, getTranslation("account.verify.failed.title"),
                    AccountFeedback.message(e));
        }
        result.withLink("verify-login-link", "login", getTranslation("account.verify.to-login"));
        page.replaceCardBody(result);
    }

    @Override
    public String titleKey() {
        return "account.verify.title";
    }
}
