package org.outagedesk.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.report.ReportService;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.RequiredServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;

/**
 * Fault (issue 9): the mail server is down for the whole of a burst of public updates to a few
 * hundred people, then comes back; every e-mail of the burst must arrive exactly once. Not part of
 * {@code ./mvnw verify} (the name matches no test pattern); run it with
 * {@code ./mvnw -q test -Dtest=SmtpDownBurstFault -Dsurefire.failIfNoSpecifiedTests=false}; the
 * figures it prints go into {@code docs/reliability.md}.
 */
@TestPropertySource(properties = {"outagedesk.notifications.retry-base=1s", "outagedesk.notifications.retry-max=4s",
        "outagedesk.notifications.batch-size=100"})
class SmtpDownBurstFault extends LiveApplicationTest {

    static final int PEOPLE = Integer.getInteger("fault.people", 300);
    static final int UPDATES = Integer.getInteger("fault.updates", 10);
    static final int STAFF_THREADS = 5;

    @Autowired JdbcTemplate jdbc;
    @Autowired ReportService reports;
    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired JavaMailSenderImpl mailSender;

    @Test
    void everyMessageOfABurstSentWhileSmtpIsDownArrivesExactlyOnceAfterwards() throws Exception {
        RequiredServices.mariaDb();
        CommunicationsFixture fixture = new CommunicationsFixture(jdbc, accounts, reports, incidents, updates);
        String reporter = newAddress("burst-reporter");
        fixture.person(reporter, "es", false);
        for (int n = 0; n < PEOPLE; n++) {
            fixture.person(newAddress("burst-" + n), n % 2 == 0 ? "es" : "en", true);
        }
        IncidentDetails incident = fixture.incidentReportedBy("Mail server down for everyone", reporter);

        mailServer.greenMail().stop();
        long burstStarted = System.nanoTime();
        List<Long> updateIds = new ArrayList<>();
        try (ExecutorService staff = Executors.newFixedThreadPool(STAFF_THREADS)) {
            List<Future<StatusUpdate>> posted = new ArrayList<>();
            for (int n = 0; n < UPDATES; n++) {
                String message = "Update " + n + ": the mail server is still down; use webmail.";
                posted.add(staff.submit(() -> fixture.postPublic(incident.id(), message, null, null)));
            }
            for (Future<StatusUpdate> update : posted) {
                updateIds.add(update.get().id());
            }
        }
        double burstSeconds = (System.nanoTime() - burstStarted) / 1e9;
        String inUpdates = "update_id in (" + String.join(",", updateIds.stream().map(String::valueOf).toList()) + ")";
        String email = " from outbox_message where channel = 'EMAIL' and " + inUpdates;
        long messages = jdbc.queryForObject("select count(*)" + email, Long.class);
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.queryForObject(
                "select count(*)" + email + " and attempts > 0", Long.class), tried -> tried == messages);
        long sentWhileDown = jdbc.queryForObject("select count(*)" + email + " and status = 'SENT'", Long.class);
        Thread.sleep(Duration.ofSeconds(3));

        long restored = System.nanoTime();
        mailServer.greenMail().start();
        mailSender.setPort(mailServer.smtpPort());
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject(
                "select count(*)" + email + " and status = 'SENT'", Long.class), sent -> sent == messages);
        double drainSeconds = (System.nanoTime() - restored) / 1e9;
        Thread.sleep(Duration.ofSeconds(3));

        Map<String, Integer> received = receivedMessageIds();
        List<String> keys = jdbc.queryForList("select dedupe_key" + email, String.class);
        long missing = keys.stream().filter(key -> !received.containsKey(EmailChannel.messageId(key))).count();
        long twice = keys.stream().filter(key -> received.getOrDefault(EmailChannel.messageId(key), 0) > 1).count();
        Integer maxAttempts = jdbc.queryForObject("select max(attempts)" + email, Integer.class);

        System.out.printf("%n| people | updates | e-mails | sent while SMTP down | attempts (max) | burst posted in | "
                + "drained after SMTP back | missing | delivered twice |%n|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n"
                + "| %d | %d | %d | %d | %d | %.1f s | %.1f s | %d | %d |%n%n", PEOPLE + 1, UPDATES, messages,
                sentWhileDown, maxAttempts, burstSeconds, drainSeconds, missing, twice);
        assertThat(messages).isGreaterThanOrEqualTo((long) PEOPLE * UPDATES);
        assertThat(sentWhileDown).isZero();
        assertThat(missing).isZero();
        assertThat(twice).isZero();
    }

    private Map<String, Integer> receivedMessageIds() {
        Map<String, Integer> counts = new HashMap<>();
        Arrays.stream(mailServer.greenMail().getReceivedMessages()).forEach(message -> {
            try {
                counts.merge(message.getMessageID(), 1, Integer::sum);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
        return counts;
    }
}
