package org.outagedesk.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.PlannedMaintenance;
import org.outagedesk.incident.TriageSignals;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.probe.EndpointDraft;
import org.outagedesk.probe.EndpointHealth;
import org.outagedesk.probe.MailEndpoint;
import org.outagedesk.probe.MailProtocol;
import org.outagedesk.probe.ProbeHistory;
import org.outagedesk.probe.ProbeService;
import org.outagedesk.probe.TlsMode;
import org.outagedesk.report.SignedIn;
import org.outagedesk.status.MaintenanceDraft;
import org.outagedesk.status.MaintenanceException;
import org.outagedesk.status.MaintenanceService;
import org.outagedesk.status.MaintenanceWindow;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Planned maintenance in the running application: bad windows are refused with a reason, a window
 * shows on the page, in the feed and the JSON, markup in its text is shown as text, and while it
 * runs a broken endpoint of its service suggests no incident, reads "expected" on the health panel
 * and costs no uptime; cancelled, the same failures count again.
 */
class MaintenanceIT extends LiveApplicationTest {

    @Autowired MaintenanceService maintenance;
    @Autowired PlannedMaintenance planned;
    @Autowired ProbeService probes;
    @Autowired ProbeHistory history;
    @Autowired TriageSignals signals;
    @Autowired JdbcTemplate jdbc;
    @Autowired MaintenanceAnnouncer announcer;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from maintenance_window");
        SignedIn.out();
    }

    private static MaintenanceDraft draft(Set<MailService> services, Instant start, Instant end, String title) {
        return new MaintenanceDraft(services, start, end, "Ventana " + title, title,
                "Los programas de correo no recibirán.", "<b>Mail programs</b> will not fetch mail.",
                UpdateAudience.PUBLIC);
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (MaintenanceException e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void badWindowsAreRefusedWithAReasonAndNothingIsStored() {
        SignedIn.as(accounts, "it@demo.local");
        Instant now = Instant.now();
        Set<MailService> imap = EnumSet.of(MailService.IMAP_POP);
        assertThat(refusal(() -> maintenance.schedule(draft(imap, now.plusSeconds(7200), now.plusSeconds(3600), "x"))))
                .isEqualTo("status.maintenance.error.end-before-start");
        assertThat(refusal(() -> maintenance.schedule(draft(imap, now.minusSeconds(7200), now.minusSeconds(3600), "x"))))
                .isEqualTo("status.maintenance.error.in-the-past");
        assertThat(refusal(() -> maintenance.schedule(draft(imap, now, now.plus(Duration.ofDays(15)), "x"))))
                .isEqualTo("status.maintenance.error.too-long");
        assertThat(refusal(() -> maintenance.schedule(draft(Set.of(), now, now.plusSeconds(60), "x"))))
                .isEqualTo("status.maintenance.error.services");
        assertThat(refusal(() -> maintenance.schedule(new MaintenanceDraft(imap, now, now.plusSeconds(60), " ", null,
                null, null, UpdateAudience.PUBLIC)))).isEqualTo("status.maintenance.error.title");

        MaintenanceWindow first = maintenance.schedule(draft(imap, now.plusSeconds(3600), now.plusSeconds(7200),
                "Upgrade"));
        assertThat(refusal(() -> maintenance.schedule(draft(EnumSet.of(MailService.IMAP_POP, MailService.WEBMAIL),
                now.plusSeconds(5400), now.plusSeconds(9000), "Second")))).isEqualTo("status.maintenance.error.overlap");
        assertThat(maintenance.schedule(draft(EnumSet.of(MailService.WEBMAIL), now.plusSeconds(5400),
                now.plusSeconds(9000), "Other service"))).isNotNull();
        assertThat(refusal(() -> maintenance.change(first.id(), first.version() + 1, draft(imap, now.plusSeconds(60),
                now.plusSeconds(120), "Stale")))).isEqualTo("status.maintenance.error.changed-meanwhile");
        assertThat(maintenance.recent()).extracting(MaintenanceWindow::titleEn).containsExactly("Upgrade",
                "Other service");

        SignedIn.as(accounts, "user@demo.local");
        assertThatThrownBy(() -> maintenance.schedule(draft(imap, now.plusSeconds(60), now.plusSeconds(120), "No")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aWindowShowsOnThePageFeedAndJsonWithItsMarkupAsText() throws Exception {
        SignedIn.as(accounts, "it@demo.local");
        Instant now = Instant.now();
        MaintenanceWindow window = maintenance.schedule(draft(EnumSet.of(MailService.CALENDAR),
                now.plus(Duration.ofHours(5)), now.plus(Duration.ofHours(6)), "Calendar move"));

        String page = await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> get("/status?lang=en"), body -> body.contains("maintenance-" + window.id()));
        assertThat(page).contains("Calendar move", "Scheduled", "&lt;b&gt;Mail programs&lt;/b&gt;")
                .doesNotContain("<b>Mail programs</b>");
        assertThat(get("/status?lang=es")).contains("Ventana Calendar move", "Programado");
        assertThat(get("/status/feed.atom?lang=en")).contains("urn:outagedesk:maintenance:" + window.id()
                + ":scheduled", "Maintenance Scheduled: Calendar move");
        JsonNode json = JsonMapper.builder().build().readTree(get("/api/v1/status"));
        JsonNode listed = json.get("maintenance").get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(window.id());
        assertThat(listed.get("state").asString()).isEqualTo("scheduled");
        assertThat(listed.get("services").get(0).asString()).isEqualTo("calendar");
        assertThat(listed.get("title").get("es").asString()).isEqualTo("Ventana Calendar move");
        assertThat(json.get("uptime").get("calendar").get("days")).hasSize(90);
        assertThat(json.get("pastIncidents").isArray()).isTrue();
        assertThat(get("/status/history?lang=en")).contains("Past incidents");
        assertThat(get("/v3/api-docs")).as("the OpenAPI description says the shape").contains("/api/v1/status",
                "uptime90Percent", "worstState", "pastIncidents", "maintenanceMinutes");

        maintenance.cancel(window.id());
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> get("/status?lang=en"), body -> !body.contains("maintenance-" + window.id()));
    }

    @Test
    void whileItRunsABrokenEndpointOfItsServiceSuggestsNothingAndCostsNoUptime() throws Exception {
        SignedIn.as(accounts, "admin@demo.local");
        int closed = closedPort();
        Instant now = Instant.now();
        MaintenanceWindow window = maintenance.schedule(draft(EnumSet.of(MailService.MOBILE_SYNC),
                now.minusSeconds(60), now.plus(Duration.ofHours(1)), "Mobile gateway patch"));
        assertThat(planned.underMaintenance(Instant.now())).containsExactly(MailService.MOBILE_SYNC);
        MailEndpoint endpoint = probes.add(new EndpointDraft("Mobile gateway " + closed, MailProtocol.IMAP,
                "127.0.0.1", closed, TlsMode.NONE, null, null, false, null, 1, true, null, null,
                EnumSet.of(MailService.MOBILE_SYNC)));
        try {
            SignedIn.as(accounts, "it@demo.local");
            await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> probes.history(endpoint.id(), 5).size() >= 4);
            assertThat(signals.current(Locale.ENGLISH)).noneMatch(signal -> signal.key().startsWith(
                    "probe-" + endpoint.id() + "-"));
            EndpointHealth health = probes.health().stream()
                    .filter(candidate -> candidate.endpoint().id() == endpoint.id()).findFirst().orElseThrow();
            assertThat(health.failing()).isTrue();
            assertThat(health.underMaintenance()).isTrue();
            assertThat(history.failingSince(now.minusSeconds(120))).anySatisfy(period -> {
                assertThat(period.endpointId()).isEqualTo(endpoint.id());
                assertThat(period.services()).containsExactly(MailService.MOBILE_SYNC);
                assertThat(period.endedAt()).isNull();
            });
            assertThat(todayOf("mobile_sync").get("worstState").asString()).isEqualTo("maintenance");
            assertThat(todayOf("mobile_sync").get("uptimePercent").asDouble()).isEqualTo(100.0);

            maintenance.cancel(window.id());
            await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> signals.current(Locale.ENGLISH).stream()
                            .anyMatch(signal -> signal.key().equals("probe-" + endpoint.id() + "-check")));
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                    .until(() -> todayOf("mobile_sync").get("worstState").asString(), "degraded"::equals);
        } finally {
            SignedIn.as(accounts, "admin@demo.local");
            probes.delete(endpoint.id());
            jdbc.update("delete from probe_failing_period where endpoint_id = ?", endpoint.id());
        }
    }

    @Test
    void eachPhaseIsAnnouncedOnceToItsAudienceAndACancellationToo() {
        SignedIn.as(accounts, "it@demo.local");
        Instant now = Instant.now();
        MaintenanceWindow soon = maintenance.schedule(new MaintenanceDraft(EnumSet.of(MailService.WEBMAIL),
                now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(3)), "Correo web nuevo", "New webmail", null,
                null, UpdateAudience.INTERNAL));
        MaintenanceWindow later = maintenance.schedule(draft(EnumSet.of(MailService.CALENDAR),
                now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(5).plusHours(1)), "Far away"));
        SignedIn.out();

        announcer.announceDue(); // the scheduled run may have been first: either way it is announced once
        assertThat(announcer.announceDue()).as("announced once").isZero();
        List<String> subjects = jdbc.queryForList("select subject from outbox_message where dedupe_key like ? "
                + "and channel = 'EMAIL'", String.class, "maintenance:" + soon.id() + ":scheduled:%");
        assertThat(subjects).isNotEmpty().allSatisfy(subject -> assertThat(subject)
                .isIn("Maintenance Scheduled: New webmail", "Mantenimiento Programado: Correo web nuevo"));
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where dedupe_key like ? and "
                + "recipient_id = (select id from user_account where email = 'user@demo.local')", Integer.class,
                "maintenance:" + soon.id() + ":%")).as("an IT-only window reaches no end user").isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where dedupe_key like ?", Integer.class,
                "maintenance:" + later.id() + ":%")).as("not before its notice time").isZero();

        SignedIn.as(accounts, "it@demo.local");
        maintenance.cancel(soon.id());
        maintenance.cancel(later.id());
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where dedupe_key like ?", Integer.class,
                "maintenance:" + soon.id() + ":cancelled:%")).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where dedupe_key like ?", Integer.class,
                "maintenance:" + later.id() + ":%")).as("never announced, so no cancellation either").isZero();
    }

    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private JsonNode todayOf(String service) throws Exception {
        JsonNode days = JsonMapper.builder().build().readTree(get("/api/v1/status")).get("uptime").get(service)
                .get("days");
        return days.get(days.size() - 1);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
