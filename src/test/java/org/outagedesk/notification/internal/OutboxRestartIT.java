package org.outagedesk.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.outagedesk.notification.internal.RestartedApplication.emailRecipients;
import static org.outagedesk.notification.internal.RestartedApplication.fixture;
import static org.outagedesk.notification.internal.RestartedApplication.receivedBy;
import static org.outagedesk.notification.internal.RestartedApplication.receivedPerAddress;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.testsupport.FreePort;
import org.outagedesk.testsupport.RequiredServices;
import org.outagedesk.testsupport.MariaDbTestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exactly once across a real restart: an application on MariaDB queues an update's mail while
 * SMTP is unreachable and is stopped; a new application on the same database, with the mail
 * server back, sends it. Also what a dispatcher that died mid-way leaves behind.
 */
class OutboxRestartIT {

    @Test
    void mailQueuedBeforeAStopIsSentExactlyOnceByTheNextApplication() throws Exception {
        RequiredServices.mariaDb();
        String database = MariaDbTestDatabase.freshUrl();
        int smtpPort = FreePort.any();
        String reporter = "restart-reporter@demo.local";
        long updateId;
        long claimedOnly;
        long interruptedBeforeTheServer;
        try (ConfigurableApplicationContext first = RestartedApplication.start(database, smtpPort)) {
            CommunicationsFixture fixture = fixture(first);
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            fixture.person(reporter, "en", false);
            IncidentDetails incident = fixture.incidentReportedBy("Mail server down across a restart", reporter);
            updateId = fixture.postPublic(incident.id(), "Mail is down; we are on it.", null, null).id();
            long messages = emailRecipients(jdbc, updateId).size();
            assertThat(messages).isGreaterThan(3);
            // SMTP refuses connections: every message has failed at least once and waits.
            await().atMost(Duration.ofSeconds(30)).until(() -> fixture.statuses(updateId, "EMAIL"),
                    counts -> counts.equals(Map.of("RETRYING", messages)));

            // A dispatcher that dies holding claims: one row claimed only, one claimed and begun.
            first.getBean(OutboxDispatcher.class).stop();
            await().pollDelay(Duration.ofMillis(500)).until(() -> true);
            jdbc.update("update outbox_message set next_attempt_at = ? where update_id = ?",
                    Timestamp.from(Instant.now().minusSeconds(1)), updateId);
            Outbox outbox = first.getBean(Outbox.class);
            List<Outbox.Claimed> held = outbox.claimDue(2, Duration.ofSeconds(3));
            assertThat(held).hasSize(2);
            claimedOnly = held.get(0).id();
            interruptedBeforeTheServer = held.get(1).id();
            assertThat(outbox.starting(held.get(1))).isNotNull();
        }
        // The application is stopped; the mail server comes back; a new application starts on the same database.
        GreenMail smtp = RestartedApplication.smtp(smtpPort);
        try (ConfigurableApplicationContext second = RestartedApplication.start(database, smtpPort)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> fixture(second).statuses(updateId, "EMAIL").keySet(),
                    Set.of("SENT")::equals);
            // Give a duplicate the chance to arrive before counting.
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
            List<String> recipients = emailRecipients(jdbc, updateId);
            assertThat(recipients).contains(reporter);
            Map<String, Long> received = receivedPerAddress(smtp);
            assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(recipients);
            assertThat(received.values()).as("mails per recipient").containsOnly(1L);
            assertThat(received.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(recipients.size());

            // The row that was begun is flagged as a possible repeat; the one only claimed is not.
            assertThat(receivedBy(smtp, recipient(jdbc, interruptedBeforeTheServer)).get(0)
                    .getHeader(EmailChannel.RESENT_HEADER)).containsExactly("interrupted-attempt");
            assertThat(receivedBy(smtp, recipient(jdbc, claimedOnly)).get(0)
                    .getHeader(EmailChannel.RESENT_HEADER)).isNull();
            assertThat(jdbc.queryForObject("select count(*) from outbox_message where update_id = ?"
                    + " and (claimed_until is not null or send_started_at is not null)", Long.class, updateId))
                    .isZero();
        } finally {
            smtp.stop();
        }
    }

    /**
     * The one window the design cannot close (docs/delivery.md): the process dies after the mail
     * server accepted a message and before SENT was stored. The message goes out again, with
     * the same Message-ID and marked as a possible repeat, so mail clients and servers that
     * de-duplicate by Message-ID show it once; everybody else still gets exactly one.
     */
    @Test
    void aCrashAfterTheServerAcceptedResendsOnceWithTheSameMessageId() throws Exception {
        RequiredServices.mariaDb();
        String database = MariaDbTestDatabase.freshUrl();
        int smtpPort = FreePort.any();
        GreenMail smtp = RestartedApplication.smtp(smtpPort);
        try {
            long updateId;
            String crashed;
            try (ConfigurableApplicationContext first = RestartedApplication.start(database, smtpPort)) {
                CommunicationsFixture fixture = fixture(first);
                first.getBean(OutboxDispatcher.class).stop();
                fixture.person("crash-reporter@demo.local", "es", false);
                IncidentDetails incident = fixture.incidentReportedBy("Crash mid-send", "crash-reporter@demo.local");
                updateId = fixture.postPublic(incident.id(), "El correo no funciona.", null, null).id();
                Outbox outbox = first.getBean(Outbox.class);
                // The update's mail, not the reporter's receipt queued before it.
                Outbox.Claimed row = outbox.starting(outbox.claimDue(10, Duration.ofSeconds(3)).stream()
                        .filter(claimed -> claimed.dedupeKey().startsWith("update:")).findFirst().orElseThrow());
                crashed = row.recipient().toLowerCase(java.util.Locale.ROOT);
                EmailChannel email = first.getBean(EmailChannel.class);
                try (EmailChannel.Connection connection = email.connection()) {
                    email.send(row, connection); // accepted by the server; the process "dies" here
                }
            }
            try (ConfigurableApplicationContext second = RestartedApplication.start(database, smtpPort)) {
                JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
                await().atMost(Duration.ofSeconds(60)).until(() -> fixture(second).statuses(updateId, "EMAIL")
                        .keySet(), Set.of("SENT")::equals);
                await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
                Map<String, Long> received = receivedPerAddress(smtp);
                assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(emailRecipients(jdbc, updateId));
                assertThat(received).containsEntry(crashed, 2L);
                received.remove(crashed);
                assertThat(received.values()).containsOnly(1L);
                List<MimeMessage> copies = receivedBy(smtp, crashed);
                assertThat(copies.get(0).getMessageID()).isEqualTo(copies.get(1).getMessageID());
                assertThat(copies.get(0).getHeader(EmailChannel.RESENT_HEADER)).isNull();
                assertThat(copies.get(1).getHeader(EmailChannel.RESENT_HEADER)).containsExactly("interrupted-attempt");
            }
        } finally {
            smtp.stop();
        }
    }

    private static String recipient(JdbcTemplate jdbc, long rowId) {
        return jdbc.queryForObject("select recipient from outbox_message where id = ?", String.class, rowId);
    }
}
