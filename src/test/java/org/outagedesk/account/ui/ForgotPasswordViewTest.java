package org.outagedesk.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountMailRequested;

class ForgotPasswordViewTest extends AccountViewTestSupport {

    @Test
    void knownAndUnknownAddressesGetTheSameAnswerButOnlyTheKnownOneAMail() {
        String known = verifiedAccount("forgot");
        String unknown = freshEmail("nobody");

        String knownAnswer = requestResetFor(known);
        String unknownAnswer = requestResetFor(unknown);

        assertThat(knownAnswer).contains(en("account.forgot.done.title"), "30");
        assertThat(unknownAnswer.replace(unknown, "ADDRESS")).isEqualTo(knownAnswer.replace(known, "ADDRESS"));
        assertThat(mails(AccountMailRequested.Kind.RESET_PASSWORD, known)).isOne();
        assertThat(mails(AccountMailRequested.Kind.RESET_PASSWORD, unknown)).isZero();
        assertThat(accountService.findLoginAccount(unknown)).isEmpty();
    }

    @Test
    void addressIsRequiredAndChecked() {
        navigate(ForgotPasswordView.class);
        test($(Button.class).id("forgot-submit")).click();
        assertThat($(EmailField.class).id("forgot-email").getErrorMessage()).isEqualTo(en("account.error.email-required"));

        test($(EmailField.class).id("forgot-email")).setValue("not an address");
        test($(Button.class).id("forgot-submit")).click();
        assertThat($(EmailField.class).id("forgot-email").getErrorMessage()).isEqualTo(en("account.error.email-invalid"));
        assertThat($(Div.class).withId("forgot-done").exists()).isFalse();
    }

    private String requestResetFor(String email) {
        navigate(RegisterView.class);
        navigate(ForgotPasswordView.class);
        test($(EmailField.class).id("forgot-email")).setValue(email);
        test($(Button.class).id("forgot-submit")).click();
        return text($(Div.class).id("forgot-done"));
    }
}
