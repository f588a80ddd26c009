package org.outagedesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Report intake against a real MariaDB: schema validation, idempotency under races, an API burst. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ReportTestConfiguration.class)
@DirtiesContext
class ReportMariaDbIT {

    static final MariaDbDatabase DATABASE = new MariaDbDatabase();

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", () -> MariaDbDatabase.USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
    }

    @BeforeAll
    static void createDatabase() {
        DATABASE.create();
    }

    @AfterAll
    static void dropDatabase() {
        DATABASE.drop();
    }

    @Autowired ReportService reports;
    @Autowired AccountService accounts;
    @Autowired ApiTokenService apiTokens;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aReportWithScreenshotIsStoredAndReadBack() {
        SignedIn.as(accounts, "user@demo.local");
        byte[] png = new byte[300_000];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        ReportSummary stored = reports.submit(new NewReport(Symptom.BOUNCED, MailClient.WEBMAIL, "Bounces since 9",
                "550 5.1.1 User unknown", Instant.now().minusSeconds(600), "shared@demo.local", png, "bounce.png"),
                UUID.randomUUID().toString());

        ReportSummary read = reports.find(stored.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(read.department()).isEqualTo("Finanzas");
        assertThat(read.affectedAddress()).isEqualTo("shared@demo.local");
        assertThat(reports.screenshot(stored.id())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(png));
        assertThat(jdbc.queryForObject("select content_type from report_screenshot where report_id = ?", String.class,
                stored.id())).isEqualTo("image/png");
    }

    @Test
    void twentyRacingSubmitsWithOneKeyStoreOneRow() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Callable<Long>> racers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            racers.add(() -> {
                SignedIn.as(accounts, "user2@demo.local");
                try {
                    return reports.submit(new NewReport(Symptom.CANNOT_RECEIVE, MailClient.MOBILE, null, null, null,
                            null, null, null), key).id();
                } finally {
                    SignedIn.out();
                }
            });
        }
        List<Long> ids = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (Future<Long> id : pool.invokeAll(racers)) {
                ids.add(id.get());
            }
        }
        assertThat(ids).containsOnly(ids.getFirst());
        assertThat(jdbc.queryForObject("select count(*) from problem_report where idempotency_key = ?", Integer.class,
                key)).isEqualTo(1);
    }

    @Test
    void aBurstOf200ReportsFrom50PeopleThroughTheApiIsStoredOnceEach() throws Exception {
        List<String> tokens = fiftyPeopleWithTokens();
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String token = tokens.get(i % tokens.size());
            String key = batch + "-" + i;
            String body = """
                    {"symptom":"CANNOT_SEND","service":"%s","errorText":"421 4.3.2 Service not available"}"""
                    .formatted(i % 2 == 0 ? "DESKTOP_CLIENT" : "WEBMAIL");
            // Every report is sent twice at once, as an impatient double click or a retry would.
            requests.add(() -> post(token, key, body));
            requests.add(() -> post(token, key, body));
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            for (Future<Integer> status : pool.invokeAll(requests)) {
                statuses.add(status.get());
            }
        }
        assertThat(statuses).hasSize(400).containsOnly(201);
        assertThat(jdbc.queryForObject("select count(*) from problem_report where idempotency_key like ?",
                Integer.class, batch + "-%")).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(distinct reporter_id) from problem_report "
                + "where idempotency_key like ?", Integer.class, batch + "-%")).isEqualTo(50);

        SignedIn.as(accounts, "it@demo.local");
        assertThat(reports.unlinked(new ReportFilter(Symptom.CANNOT_SEND, MailClient.WEBMAIL, null, null, null)))
                .filteredOn(report -> report.reporterEmail().startsWith("burst-")).hasSize(100);
    }

    private int post(String token, String key, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    /** Fifty verified end users, each with a personal API token made through the token service. */
    private List<String> fiftyPeopleWithTokens() {
        Timestamp now = Timestamp.from(Instant.now());
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String email = "burst-" + i + "@demo.local";
            jdbc.update("""
                    insert into user_account (email, display_name, email_verified, enabled, department, site,
                        notify_by_email, notify_in_portal, all_public_updates, created_at, updated_at, version)
                    values (?, ?, true, true, ?, ?, true, true, false, ?, ?, 0)""",
                    email, "Burst " + i, "Dept " + (i % 5), "Site " + (i % 3), now, now);
            Long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
            jdbc.update("insert into account_role (account_id, role) values (?, 'END_USER')", id);
            SignedIn.as(accounts, email);
            tokens.add(apiTokens.create("burst").secret());
        }
        SignedIn.out();
        return tokens;
    }
}
