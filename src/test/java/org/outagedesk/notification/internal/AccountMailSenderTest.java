package org.outagedesk.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountMailRequested;
import org.outagedesk.account.AccountMailRequested.Kind;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.testsupport.Mailbox;
import org.outagedesk.testsupport.Mailbox.Mail;

/** The account mails as composed, without sending them. */
class AccountMailSenderTest {

    private final AccountMailSender sender = new AccountMailSender(null, null, new BundleI18NProvider(),
            new NotificationProperties("OutageDesk <outagedesk@demo.local>", "es"));

    @Test
    void resetMailInEnglishHasBothAlternativesAndTheValidity() throws Exception {
        Mail mail = compose(new AccountMailRequested(Kind.RESET_PASSWORD, "bob@demo.local", "Bob <script>", "en",
                "http://portal.example/reset-password?token=abc&x=1", Duration.ofMinutes(30)));
        assertThat(mail.subject()).isEqualTo("Reset your OutageDesk password");
        assertThat(mail.mimeTypes()).contains("multipart/alternative", "text/plain", "text/html");
        assertThat(mail.text()).contains("Bob <script>", "expires in 30 minutes",
                "http://portal.example/reset-password?token=abc&x=1");
        assertThat(mail.html()).contains("<html lang=\"en\"", "Bob &lt;script&gt;", "token=abc&amp;x=1")
                .doesNotContain("<script>");
    }

    @Test
    void peopleWithoutALanguageGetTheDefaultOne() throws Exception {
        Mail mail = compose(new AccountMailRequested(Kind.VERIFY_EMAIL, "ana@demo.local", "Ana", null,
                "http://portal.example/verify-email?token=abc", Duration.ofHours(48)));
        assertThat(mail.subject()).isEqualTo("Confirme su correo electrónico para OutageDesk");
        assertThat(mail.html()).contains("<html lang=\"es\"", "48 horas");
    }

    @Test
    void alreadyRegisteredMailPromisesNoExpiry() throws Exception {
        Mail mail = compose(new AccountMailRequested(Kind.ALREADY_REGISTERED, "ana@demo.local", "Ana", "en",
                "http://portal.example/forgot-password", Duration.ZERO));
        assertThat(mail.text()).contains("http://portal.example/forgot-password").doesNotContain("expires");
        assertThat(mail.html()).doesNotContain("expires");
    }

    private Mail compose(AccountMailRequested request) throws Exception {
        MimeMessage message = sender.compose(new MimeMessage(Session.getInstance(new Properties())), request);
        message.saveChanges();
        return Mailbox.parse(message);
    }
}
