package org.outagedesk.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.ResolutionSummary;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.report.ReportService;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.Mailbox.Mail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Updates and summaries reach the right people in their language, and wait out a mail-server outage. */
class StatusUpdateMailIT extends LiveApplicationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ReportService reports;
    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired Outbox outbox;
    @Autowired EmailChannel email;
    @Autowired WebhookChannel webhook;
    @Autowired CommunicationProperties properties;
    @Autowired DeliveryProgress progress;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired org.outagedesk.report.KnownOutages knownOutages;

    private CommunicationsFixture fixture() {
        return new CommunicationsFixture(jdbc, accounts, reports, incidents, updates);
    }

    @Test
    void publicUpdateAndSummaryReachReportersAndSubscribersInTheirLanguage() {
        CommunicationsFixture fixture = fixture();
        String spanish = newAddress("lucia");
        String english = newAddress("tom");
        String follower = newAddress("follower");
        String bystander = newAddress("bystander");
        fixture.person(spanish, "es", false);
        fixture.person(english, "en", false);
        fixture.person(follower, "en", true);
        fixture.person(bystander, "es", false);
        IncidentDetails incident = fixture.incidentReportedBy("Relay refuses outbound mail", spanish, english);
        // Each report was confirmed by mail first; what follows counts the incident's mails.
        mailbox(spanish).awaitAndRemove("Hemos recibido su aviso");
        mailbox(english).awaitAndRemove("We received your report");

        StatusUpdate update = fixture.postPublic(incident.id(), "The relay rejects mail; we are restarting it.",
                Instant.now().plus(2, ChronoUnit.HOURS), "Use webmail meanwhile.");

        Mail toSpanish = mailbox(spanish).awaitMail(1);
        assertThat(toSpanish.subject()).isEqualTo(incident.reference() + " · Causa identificada: "
                + "Relay refuses outbound mail");
        assertThat(toSpanish.text()).contains("Estado: Causa identificada", "Resolución prevista:",
                "Mientras tanto: Use webmail meanwhile.", "/status");
        assertThat(toSpanish.html()).contains("<html lang=\"es\"");
        Mail toEnglish = mailbox(english).awaitMail(1);
        assertThat(toEnglish.subject()).startsWith(incident.reference() + " · Identified:");
        assertThat(toEnglish.text()).contains("Expected resolution:", "Meanwhile: Use webmail meanwhile.");
        assertThat(mailbox(follower).awaitMail(1).subject()).contains("Identified");
        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.statuses(update.id(), "EMAIL").keySet(),
                keys -> keys.equals(java.util.Set.of("SENT")));
        assertThat(readQuietly(bystander)).isEmpty();
        assertThat(fixture.statuses(update.id(), "IN_PORTAL")).containsEntry("SENT", 3L + staffAndManagers());

        fixture.asStaff(() -> incidents.resolve(incident.id(), incidents.find(incident.id()).orElseThrow().version()));
        fixture.asStaff(() -> updates.publishSummary(incident.id(), new ResolutionSummary(
                "Outbound mail failed for 40 minutes.", "An expired relay certificate.",
                "Certificates are now renewed automatically and monitored.")));
        Mail summary = mailbox(spanish).awaitMail(2);
        assertThat(summary.subject()).isEqualTo(incident.reference() + " · Resuelto: Relay refuses outbound mail");
        assertThat(summary.text()).contains("Causa:", "An expired relay certificate.",
                "Medidas adoptadas para que no vuelva a ocurrir:");
        assertThat(mailbox(english).awaitMail(2).text()).contains("What we have done so it does not happen again:");
        // My reports shows the summary beside the resolved report (the latest public update of its incident).
        assertThat(knownOutages.byIds(List.of(incident.id())).get(incident.id()).latestPublicUpdate())
                .isEqualTo("Outbound mail failed for 40 minutes.");
        assertThat(fixture.asStaff(() -> reports.linkedTo(incident.id())))
                .allMatch(report -> report.status().name().equals("RESOLVED"));
    }

    @Test
    void mailWaitsWhileTheMailServerIsDownAndIsDeliveredExactlyOnceAfterARestart() throws Exception {
        CommunicationsFixture fixture = fixture();
        String reporter = newAddress("waiting");
        fixture.person(reporter, "en", false);
        IncidentDetails incident = fixture.incidentReportedBy("Mail server down", reporter);
        mailbox(reporter).awaitAndRemove("We received your report");

        mailServer.greenMail().stop();
        StatusUpdate update;
        try {
            update = fixture.postPublic(incident.id(), "Mail is down; we are on it.", null, null);
            String reporterKey = UpdateNotifier.key(update, String.valueOf(accounts.findLoginAccount(reporter)
                    .orElseThrow().id()), org.outagedesk.notification.Channel.EMAIL);
            // The reporter's own message has failed at least once (a stopping dispatcher gives untried rows back).
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select attempts from"
                    + " outbox_message where dedupe_key = ?", Integer.class, reporterKey), attempts -> attempts > 0);
            assertThat(fixture.statuses(update.id(), "EMAIL")).doesNotContainKey("SENT");
            String reason = jdbc.queryForObject("select max(last_error) from outbox_message where update_id = ?",
                    String.class, update.id());
            assertThat(reason).isNotBlank();
            // The application goes down while the mail server is still down.
            dispatcher.stop();
            await().pollDelay(Duration.ofMillis(500)).until(() -> true);
        } finally {
            mailServer.greenMail().start();
            mailSender.setPort(mailServer.smtpPort());
        }
        assertThat(readQuietly(reporter)).isEmpty();

        // A fresh dispatcher over the same database stands for the restarted application.
        OutboxDispatcher restarted = new OutboxDispatcher(outbox, email, webhook, properties,
                progress, java.time.Clock.systemUTC());
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                restarted.dispatch();
                return fixture.statuses(update.id(), "EMAIL");
            }, counts -> counts.keySet().equals(java.util.Set.of("SENT")));
            restarted.dispatch();
            dispatcher.start();
            dispatcher.dispatch();
        } finally {
            dispatcher.start();
            restarted.destroy();
        }
        assertThat(mailbox(reporter).awaitMail(1).subject()).contains("Mail server down");
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        List<String> ids = messageIdsTo(reporter);
        assertThat(ids).hasSize(1).doesNotHaveDuplicates();
        assertThat(ids.get(0)).isEqualTo(EmailChannel.messageId(UpdateNotifier.key(update,
                String.valueOf(accounts.findLoginAccount(reporter).orElseThrow().id()),
                org.outagedesk.notification.Channel.EMAIL)));
        Map<String, Object> row = jdbc.queryForMap("select attempts, sent_at from outbox_message where dedupe_key = ?",
                UpdateNotifier.key(update, String.valueOf(accounts.findLoginAccount(reporter).orElseThrow().id()),
                        org.outagedesk.notification.Channel.EMAIL));
        assertThat(((Number) row.get("attempts")).intValue()).isGreaterThan(1);
        assertThat(row.get("sent_at")).isNotNull();
    }

    private long staffAndManagers() {
        return jdbc.queryForObject("select count(distinct a.id) from account_role r join user_account a on a.id = r.account_id"
                + " where r.role in ('IT_STAFF', 'MANAGER') and a.enabled = true", Long.class);
    }

    private List<Mail> readQuietly(String address) {
        try {
            return mailbox(address).read();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> messageIdsTo(String address) {
        return Arrays.stream(mailServer.greenMail().getReceivedMessages()).filter(message -> to(message, address))
                .map(message -> {
                    try {
                        return message.getMessageID();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.toString(message.getAllRecipients()).contains(address);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAccountMailWaitsForTheMailServerToo() {
        String email = newAddress("queued-signup");
        mailServer.greenMail().stop();
        try {
            accounts.register(new org.outagedesk.account.Registration(email, "Queued Person", "a long password", null,
                    null, "en"));
            await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForList("select status from outbox_message"
                    + " where recipient = ? and update_id is null", String.class, email), statuses -> statuses
                    .equals(List.of("RETRYING")));
        } finally {
            mailServer.greenMail().start();
            mailSender.setPort(mailServer.smtpPort());
        }
        assertThat(mailbox(email).awaitMail(1).subject()).isEqualTo("Confirm your e-mail address for OutageDesk");
        assertThat(messageIdsTo(email)).hasSize(1);
    }
}
