package org.outagedesk.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountMailRequested;
import org.outagedesk.account.Registration;

class VerifyEmailViewTest extends AccountViewTestSupport {

    @Test
    void mailedLinkActivatesTheAccountOnceAndOnlyOnce() {
        String email = freshEmail("verify");
        accountService.register(new Registration(email, "Vera Verify", PASSWORD, null, null, "en"));
        String token = token(AccountMailRequested.Kind.VERIFY_EMAIL, email);

        openLink(VerifyEmailView.class, token);
        assertThat(text($(Div.class).id("verify-result"))).contains(en("account.verify.done.title"));
        assertThat($(Anchor.class).id("verify-login-link").getHref()).isEqualTo("login");
        assertThat(accountService.findLoginAccount(email).orElseThrow().emailVerified()).isTrue();

        openLink(VerifyEmailView.class, token);
        assertThat(text($(Div.class).id("verify-result"))).contains(en("account.verify.invalid-link"));
    }

    @Test
    void unknownOrMissingTokenSaysTheLinkIsInvalid() {
        openLink(VerifyEmailView.class, "not-a-real-token");
        assertThat(text($(Div.class).id("verify-result")))
                .contains(en("account.verify.failed.title"), en("account.verify.invalid-link"));

        navigate(VerifyEmailView.class);
        assertThat(text($(Div.class).id("verify-result"))).contains(en("account.verify.invalid-link"));
        assertThat($(Anchor.class).id("verify-login-link").getText()).isEqualTo(en("account.verify.to-login"));
    }
}
