package org.outagedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagedesk.testsupport.Refusals.assertRefused;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.Registration;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.Mailbox;
import org.outagedesk.testsupport.Mailbox.Mail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The account mails, read over real IMAP from the demo mail server after the change committed. */
class AccountMailIT extends LiveApplicationTest {

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void verificationMailInSpanishWorksOnce() {
        String email = newAddress("verify");
        accounts.register(new Registration(email, "Vera Verifica", "a long password", null, null, "es"));

        Mail mail = mailbox(email).awaitMail(1);
        assertMultipart(mail, "es");
        assertThat(mail.subject()).isEqualTo("Confirme su correo electrónico para OutageDesk");
        assertThat(mail.text()).contains("Hola, Vera Verifica:", "Confirmar mi dirección", "48 horas");
        assertThat(mail.link()).startsWith("http://localhost:8080/verify-email?token=");
        assertThat(mail.html()).contains(mail.link().replace("&", "&amp;"));

        accounts.verifyEmail(mail.token());
        assertThat(accounts.findLoginAccount(email).orElseThrow().emailVerified()).isTrue();
        assertRefused(() -> accounts.verifyEmail(mail.token()), "account.verify.invalid-link");
    }

    @Test
    void passwordResetMailInEnglishChangesThePasswordOnce() {
        String email = newAddress("reset");
        accounts.register(new Registration(email, "Rob Reset", "the first password", null, null, "en"));
        Mailbox inbox = mailbox(email);
        accounts.verifyEmail(inbox.awaitMail(1).token());

        accounts.requestPasswordReset(email.toUpperCase());
        Mail mail = inbox.awaitMail(2);
        assertMultipart(mail, "en");
        assertThat(mail.subject()).isEqualTo("Reset your OutageDesk password");
        assertThat(mail.link()).contains("/reset-password?token=");

        accounts.resetPassword(mail.token(), "the second password");
        String hash = accounts.findLoginAccount(email).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches("the second password", hash)).isTrue();
        assertThat(passwordEncoder.matches("the first password", hash)).isFalse();
        assertRefused(() -> accounts.resetPassword(mail.token(), "a third password"), "account.reset.invalid-link");
    }

    @Test
    void unknownAddressGetsNoResetMail() throws Exception {
        String unknown = newAddress("nobody");
        String known = newAddress("somebody");
        accounts.register(new Registration(known, "Some Body", "a long password", null, null, "en"));

        accounts.requestPasswordReset(unknown);
        accounts.requestPasswordReset(known);

        assertThat(mailbox(known).awaitMail(2).subject()).isEqualTo("Reset your OutageDesk password");
        assertThat(mailServer.greenMail().getReceivedMessages())
                .noneMatch(message -> recipients(message).contains(unknown));
        assertThat(mailbox(unknown).read()).isEmpty();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertMultipart(Mail mail, String language) {
        assertThat(mail.mimeTypes()).contains("multipart/alternative", "text/plain", "text/html");
        assertThat(mail.text()).isNotBlank().doesNotContain("<html");
        assertThat(mail.html()).contains("<html lang=\"" + language + "\"");
    }
}
