package org.outagedesk.report;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.ApiTokenService;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test-only end users (inserted as rows, verified and enabled), their API tokens, and API posts as them. */
public final class TestPeople {

    private TestPeople() {}

    /** A verified, enabled end user. */
    public static void insertEndUser(JdbcTemplate jdbc, String email, String name, String department, String site) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into user_account (email, display_name, email_verified, enabled, department, site,
                    notify_by_email, notify_in_portal, all_public_updates, created_at, updated_at, version)
                values (?, ?, true, true, ?, ?, true, true, false, ?, ?, 0)""",
                email, name, department, site, now, now);
        jdbc.update("insert into account_role (account_id, role) select id, 'END_USER' from user_account where email = ?",
                email);
    }

    /**
     * {@code count} end users {@code <prefix>-<n>@demo.local} in five departments ({@code Dept 0..4}) and three
     * sites ({@code Site 0..2}), each with a personal API token made through the token service.
     */
    public static List<String> withTokens(JdbcTemplate jdbc, AccountService accounts, ApiTokenService apiTokens,
            String prefix, int count) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = prefix + "-" + i + "@demo.local";
            insertEndUser(jdbc, email, prefix + " " + i, "Dept " + (i % 5), "Site " + (i % 3));
            SignedIn.as(accounts, email);
            tokens.add(apiTokens.create(prefix).secret());
        }
        SignedIn.out();
        return tokens;
    }

    /** POSTs a report through the API as the token's owner; answers the HTTP status. */
    public static int postReport(int port, String token, String idempotencyKey, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    /** Submits a report as someone else, then puts back whoever was signed in. */
    public static ReportSummary reportAs(AccountService accounts, ReportService reports, String email, Symptom symptom,
            MailClient client, String errorText, Instant startedAt) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        SignedIn.as(accounts, email);
        try {
            return reports.submit(new NewReport(symptom, client, "It stopped working this morning", errorText, startedAt,
                    null, null, null), null);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }
}
