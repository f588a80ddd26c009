package org.outagedesk.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.Symptom;
import org.outagedesk.report.TestPeople;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.Mailbox.Mail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A received report is confirmed by mail in the reporter's language, and waits out a mail-server outage. */
class ReportReceivedMailIT extends LiveApplicationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ReportService reports;
    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired JavaMailSenderImpl mailSender;

    private CommunicationsFixture fixture() {
        return new CommunicationsFixture(jdbc, accounts, reports, incidents, updates);
    }

    private ReportSummary report(String email) {
        return TestPeople.reportAs(accounts, reports, email, Symptom.CANNOT_SEND, MailClient.WEBMAIL,
                "550 relay denied", Instant.now());
    }

    @Test
    void aReportIsConfirmedByMailInTheReportersLanguage() {
        String spanish = newAddress("marta");
        String english = newAddress("oliver");
        fixture().person(spanish, "es", false);
        fixture().person(english, "en", false);

        ReportSummary inSpanish = report(spanish);
        ReportSummary inEnglish = report(english);

        Mail toSpanish = mailbox(spanish).awaitMail(1);
        assertThat(toSpanish.subject()).isEqualTo("Hemos recibido su aviso n.º " + inSpanish.id());
        assertThat(toSpanish.text()).contains("TI ha recibido su aviso n.º " + inSpanish.id(),
                "No puedo enviar correo", "Seguirlo en Mis avisos", "http://localhost:8080/reports/mine");
        assertThat(toSpanish.html()).contains("<html lang=\"es\"", "href=\"http://localhost:8080/reports/mine\"");
        Mail toEnglish = mailbox(english).awaitMail(1);
        assertThat(toEnglish.subject()).isEqualTo("We received your report #" + inEnglish.id());
        assertThat(toEnglish.text()).contains("IT has received your report #" + inEnglish.id(),
                "I cannot send e-mail", "Follow it in My reports");
    }

    @Test
    void somebodyWhoTurnedEmailOffGetsNoMail() {
        String quiet = newAddress("quiet");
        fixture().person(quiet, "en", false);
        jdbc.update("update user_account set notify_by_email = false where email = ?", quiet);

        ReportSummary stored = report(quiet);

        assertThat(jdbc.queryForObject("select count(*) from outbox_message where dedupe_key like ?", Long.class,
                "report-received:" + stored.id() + ":%")).isZero();
    }

    @Test
    void whileTheMailServerIsDownTheReceiptWaitsAndIsSentWhenItIsBack() {
        String reporter = newAddress("patient");
        fixture().person(reporter, "en", false);
        String key;
        mailServer.greenMail().stop();
        try {
            ReportSummary stored = report(reporter);
            key = "report-received:" + stored.id() + ":email";
            // The report was stored at once; its receipt fails at least once and stays queued.
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select attempts from outbox_message where dedupe_key = ?", Integer.class, key),
                    attempts -> attempts > 0);
            assertThat(jdbc.queryForObject("select status from outbox_message where dedupe_key = ?", String.class,
                    key)).isIn("PENDING", "RETRYING");
        } finally {
            mailServer.greenMail().start();
            mailSender.setPort(mailServer.smtpPort());
        }
        assertThat(mailbox(reporter).awaitMail(1).subject()).startsWith("We received your report #");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select status from outbox_message where dedupe_key = ?", String.class, key), "SENT"::equals);
    }
}
