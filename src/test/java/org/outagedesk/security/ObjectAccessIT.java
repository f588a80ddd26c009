package org.outagedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountException;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.account.NewApiToken;
import org.outagedesk.account.Role;
import org.outagedesk.base.ui.PageNotFoundView;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.notification.NotificationCentre;
import org.outagedesk.notification.PortalNotification;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.NewReport;
import org.outagedesk.report.ReportException;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.Symptom;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.SignedIn;
import org.outagedesk.testsupport.TestAccounts;
import org.outagedesk.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An end user can never read or change another person's report, screenshot, notification or
 * API token by its id, through the API, the services behind the views, or the pages themselves;
 * and what they get back for someone else's object is exactly what they get for an id that does
 * not exist, so ids reveal nothing.
 */
class ObjectAccessIT extends LiveApplicationTest {

    private static final String OWNER = "objects-owner@demo.local";
    private static final String OTHER = "objects-other@demo.local";
    private static final String PASSWORD = "objects password 1";
    private static final long NO_SUCH_ID = 987_654_321L;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    @Autowired
    ReportService reports;

    @Autowired
    IncidentService incidents;

    @Autowired
    ApiTokenService apiTokens;

    @Autowired
    NotificationCentre notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    private String secret;
    private ReportSummary report;

    @BeforeEach
    void anOwnerWithAReportAndAScreenshot() {
        TestAccounts.insert(jdbc, passwordEncoder, OWNER, "Olivia Owner", PASSWORD, Role.END_USER);
        TestAccounts.insert(jdbc, passwordEncoder, OTHER, "Oscar Other", PASSWORD, Role.END_USER);
        secret = "private-" + UUID.randomUUID();
        report = SignedIn.as(accounts, OWNER, () -> reports.submit(new NewReport(Symptom.CANNOT_SEND,
                MailClient.WEBMAIL, "Cannot send " + secret, "550 " + secret, Instant.now().minusSeconds(60),
                null, PNG, "error.png"), null));
    }

    @Test
    void apiAnswersAnotherPersonsReportExactlyLikeAMissingOne() {
        String ownerToken = token(OWNER);
        String otherToken = token(OTHER);
        WebSession http = new WebSession(baseUrl());

        HttpResponse<String> own = http.send(http.request("/api/v1/reports/" + report.id())
                .header("Authorization", "Bearer " + ownerToken).GET());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(secret);

        HttpResponse<String> foreign = http.send(http.request("/api/v1/reports/" + report.id())
                .header("Authorization", "Bearer " + otherToken).GET());
        HttpResponse<String> missing = http.send(http.request("/api/v1/reports/" + NO_SUCH_ID)
                .header("Authorization", "Bearer " + otherToken).GET());
        assertThat(foreign.statusCode()).isEqualTo(404);
        // Alike but for the path the problem echoes as its "instance".
        assertThat(foreign.body()).doesNotContain(secret).isEqualTo(missing.body()
                .replace("/api/v1/reports/" + NO_SUCH_ID, "/api/v1/reports/" + report.id()));
        assertThat(missing.statusCode()).isEqualTo(404);

        HttpResponse<String> othersList = http.send(http.request("/api/v1/reports/mine")
                .header("Authorization", "Bearer " + otherToken).GET());
        assertThat(othersList.statusCode()).isEqualTo(200);
        assertThat(othersList.body()).doesNotContain(secret);
    }

    @Test
    void servicesHideAnotherPersonsReportAndScreenshotAndRefuseChangesLikeForAMissingOne() {
        assertThat(SignedIn.as(accounts, OWNER, () -> reports.screenshot(report.id()))).hasValue(PNG);

        SignedIn.as(accounts, OTHER, () -> {
            assertThat(reports.find(report.id())).isEmpty();
            assertThat(reports.screenshot(report.id())).isEmpty();
            assertThat(reports.myReports()).extracting(ReportSummary::id).doesNotContain(report.id());
            ReportException foreign = catchThrowableOfType(ReportException.class,
                    () -> reports.reportStillBroken(report.id()));
            ReportException missing = catchThrowableOfType(ReportException.class,
                    () -> reports.reportStillBroken(NO_SUCH_ID));
            assertThat(foreign).isNotNull();
            assertThat(foreign.messageKey()).isEqualTo(missing.messageKey());
        });
        assertThat(SignedIn.as(accounts, OWNER, () -> reports.find(report.id()))).isPresent();
    }

    /**
     * The list's rows travel only when the browser asks for the range it shows (a virtual list), so
     * the page itself tells whose reports it counts: the owner gets the list, the other person, who
     * has none, the empty state. The rows' contents are checked in MyReportsViewTest.
     */
    @Test
    void myReportsPageShowsOnlyOnesOwnReports() {
        String empty = "You have not reported any problems";
        assertThat(new WebSession(baseUrl()).signIn(OWNER, PASSWORD).navigate("reports/mine"))
                .contains("org.outagedesk.report.ui.MyReportsView").doesNotContain(empty).doesNotContain(secret);
        assertThat(new WebSession(baseUrl()).signIn(OTHER, PASSWORD).navigate("reports/mine"))
                .contains("org.outagedesk.report.ui.MyReportsView").contains(empty).doesNotContain(secret);
    }

    @Test
    void incidentPagesLookTheSameToAnEndUserWhetherTheIncidentExistsOrNot() {
        long incidentId = SignedIn.as(accounts, "it@demo.local", () -> incidents.open(new NewIncident(
                "Outbound mail " + secret, "Reported by Olivia", Set.of(MailService.OUTBOUND_SMTP), Scope.SINGLE_USER,
                Severity.SEV2, List.of(report.id())))).id();
        WebSession other = new WebSession(baseUrl()).signIn(OTHER, PASSWORD);

        String existing = other.navigate("incidents/" + incidentId);
        String missing = other.navigate("incidents/" + NO_SUCH_ID);
        assertThat(existing).contains(PageNotFoundView.class.getName()).doesNotContain(secret);
        assertThat(withoutIds(existing)).isEqualTo(withoutIds(missing));
    }

    @Test
    void notificationsAreOnlyEverOnesOwn() {
        long ownerId = accounts.findLoginAccount(OWNER).orElseThrow().id();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into outbox_message (dedupe_key, recipient_id, recipient, channel, language, subject, body_text,
                    status, attempts, next_attempt_at, created_at, sent_at, version)
                values (?, ?, ?, 'IN_PORTAL', 'en', ?, ?, 'SENT', 0, ?, ?, ?, 0)""",
                "objects:" + secret, ownerId, OWNER, "Update " + secret, "Body " + secret, now, now, now);

        SignedIn.as(accounts, OTHER, () -> {
            assertThat(notifications.mine(50, Locale.ENGLISH, ZoneOffset.UTC)).extracting(PortalNotification::subject)
                    .noneMatch(subject -> subject.contains(secret));
            notifications.markAllRead();
        });
        assertThat(new WebSession(baseUrl()).signIn(OTHER, PASSWORD).navigate("")).doesNotContain(secret);
        SignedIn.as(accounts, OWNER, () -> assertThat(notifications.mine(50, Locale.ENGLISH, ZoneOffset.UTC)).extracting(PortalNotification::subject)
                .contains("Update " + secret));
        assertThat(jdbc.queryForObject("select read_at from outbox_message where dedupe_key = ?", Timestamp.class,
                "objects:" + secret)).as("someone else's 'mark all read' leaves it unread").isNull();
    }

    @Test
    void anotherPersonsApiTokenCannotBeRevokedAndKeepsWorking() {
        NewApiToken owners = SignedIn.as(accounts, OWNER, () -> apiTokens.create("objects"));

        AccountException refused = SignedIn.as(accounts, OTHER, () -> catchThrowableOfType(AccountException.class,
                () -> apiTokens.revoke(owners.token().id())));
        AccountException missing = SignedIn.as(accounts, OTHER, () -> catchThrowableOfType(AccountException.class,
                () -> apiTokens.revoke(NO_SUCH_ID)));
        assertThat(refused).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(missing.messageKey());
        assertThat(SignedIn.as(accounts, OTHER, apiTokens::myTokens)).noneMatch(t -> t.id() == owners.token().id());

        WebSession http = new WebSession(baseUrl());
        assertThat(http.send(http.request("/api/v1/me").header("Authorization", "Bearer " + owners.secret()).GET())
                .statusCode()).isEqualTo(200);
    }

    private String token(String email) {
        return SignedIn.as(accounts, email, () -> apiTokens.create("objects")).secret();
    }

    /** A Vaadin reply without the parts that differ from request to request (generated ids and keys). */
    private static String withoutIds(String reply) {
        return reply.replaceAll("\"[A-Za-z0-9+/]{11}=\"", "\"#\"").replaceAll("\"(syncId|clientId)\":\\d+", "")
                .replaceAll("\\d+(\\.\\d+)?", "0");
    }
}
