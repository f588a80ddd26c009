package org.outagedesk.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountMailRequested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ResetPasswordViewTest extends AccountViewTestSupport {

    static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void mailedLinkSetsTheNewPassword() {
        String email = verifiedAccount("reset");
        accountService.requestPasswordReset(email);
        openLink(ResetPasswordView.class, token(AccountMailRequested.Kind.RESET_PASSWORD, email));

        choose(NEW_PASSWORD, "something else entirely");
        assertThat($(PasswordField.class).id("reset-password-confirm").getErrorMessage())
                .isEqualTo(en("account.password.mismatch"));

        choose(NEW_PASSWORD, NEW_PASSWORD);
        assertThat(text($(Div.class).id("reset-done"))).contains(en("account.reset.done.title"));
        assertThat($(Anchor.class).id("reset-login-link").getHref()).isEqualTo("login");
        String hash = accountService.findLoginAccount(email).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, hash)).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isFalse();
    }

    @Test
    void usedOrUnknownLinkOffersANewOne() {
        openLink(ResetPasswordView.class, "used-or-unknown");
        choose(NEW_PASSWORD, NEW_PASSWORD);

        assertThat(text($(Div.class).id("reset-invalid"))).contains(en("account.reset.invalid-link"));
        assertThat($(Anchor.class).id("reset-request-link").getHref()).isEqualTo("forgot-password");
    }

    @Test
    void linkWithoutTokenIsInvalidAtOnce() {
        navigate(ResetPasswordView.class);
        assertThat($(Div.class).withId("reset-invalid").exists()).isTrue();
        assertThat($(Button.class).withId("reset-submit").exists()).isFalse();
    }

    private void choose(String password, String confirmation) {
        test($(PasswordField.class).id("reset-password")).setValue(password);
        test($(PasswordField.class).id("reset-password-confirm")).setValue(confirmation);
        test($(Button.class).id("reset-submit")).click();
    }
}
