package org.outagedesk.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.notification.ChatWebhook;
import org.outagedesk.notification.ChatWebhooks;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.SignedIn;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A chat webhook on a local HTTP receiver: the JSON Slack, Mattermost and Teams accept, retried on 5xx. */
class WebhookDeliveryIT extends LiveApplicationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ReportService reports;
    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired ChatWebhooks webhooks;
    @Autowired org.outagedesk.base.OrganisationProperties organisation;

    @Test
    void postsTheUpdateAndRetriesAfterServerErrors() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<String> contentTypes = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks/it", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            int status = calls.incrementAndGet() <= 2 ? 503 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        ChatWebhook hook = null;
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/it";
            SignedIn.as(accounts, "admin@demo.local");
            hook = webhooks.add("IT channel", url, UpdateAudience.INTERNAL, Locale.ENGLISH);
            SignedIn.out();
            CommunicationsFixture fixture = new CommunicationsFixture(jdbc, accounts, reports, incidents, updates);
            String reporter = newAddress("hooked");
            fixture.person(reporter, "es", false);
            IncidentDetails incident = fixture.incidentReportedBy("Webhook \"quoted\" outage", reporter);

            Instant eta = Instant.parse("2026-12-07T05:47:00Z");
            StatusUpdate update = fixture.postPublic(incident.id(), "Línea 1\nLínea 2", eta, "Webmail");

            await().atMost(Duration.ofSeconds(20)).until(() -> fixture.statuses(update.id(), "WEBHOOK"),
                    counts -> counts.equals(java.util.Map.of("SENT", 1L)));
            assertThat(calls.get()).isEqualTo(3);
            assertThat(bodies).hasSize(3).containsOnly(bodies.get(0));
            assertThat(contentTypes.get(0)).startsWith("application/json");
            JsonNode json = JsonMapper.builder().build().readTree(bodies.get(0));
            assertThat(json.get("text").asString()).contains(incident.reference(), "Webhook \"quoted\" outage",
                    "Línea 1\nLínea 2", "Webmail");
            assertThat(json.get("@type").asString()).isEqualTo("MessageCard");
            assertThat(json.get("title").asString()).contains(incident.reference(), "Identified");
            // A channel has no reader: it gets its webhook's language and the organisation's zone, named.
            java.time.ZoneId zone = organisation.zoneForUnknownReaders();
            String time = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                    java.time.format.FormatStyle.SHORT).withLocale(Locale.ENGLISH).withZone(zone).format(eta);
            assertThat(json.get("text").asString()).contains("Meanwhile: Webmail",
                    "Expected resolution: " + time + " (" + zone.getId() + ")")
                    .doesNotContain("Mientras tanto", "Estado");
            Integer attempts = jdbc.queryForObject("select attempts from outbox_message where update_id = ?"
                    + " and channel = 'WEBHOOK'", Integer.class, update.id());
            assertThat(attempts).isEqualTo(3);
        } finally {
            receiver.stop(0);
            if (hook != null) {
                long id = hook.id();
                SignedIn.as(accounts, "admin@demo.local");
                webhooks.remove(id);
                SignedIn.out();
            }
        }
    }
}
