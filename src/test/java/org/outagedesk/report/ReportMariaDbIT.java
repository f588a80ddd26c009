package org.outagedesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Report intake against a real MariaDB: schema validation, idempotency under races, an API burst. */
class ReportMariaDbIT extends MariaDbIntegrationTest {

    @Autowired ReportService reports;
    @Autowired AccountService accounts;
    @Autowired ApiTokenService apiTokens;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

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
        List<String> tokens = TestPeople.withTokens(jdbc, accounts, apiTokens, "burst", 50);
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String token = tokens.get(i % tokens.size());
            String key = batch + "-" + i;
            String body = """
                    {"symptom":"CANNOT_SEND","service":"%s","errorText":"421 4.3.2 Service not available"}"""
                    .formatted(i % 2 == 0 ? "DESKTOP_CLIENT" : "WEBMAIL");
            // Every report is sent twice at once, as an impatient double click or a retry would.
            requests.add(() -> TestPeople.postReport(port, token, key, body));
            requests.add(() -> TestPeople.postReport(port, token, key, body));
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
}
