package org.outagedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.account.Role;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.SignedIn;
import org.outagedesk.testsupport.TestAccounts;
import org.outagedesk.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An end user may follow only an incident they can see, and a refused follow answers exactly like
 * one of an id that does not exist, so following reveals no incident ids.
 */
class SubscriptionAccessIT extends LiveApplicationTest {

    private static final String FOLLOWER = "follower@demo.local";
    private static final String PASSWORD = "follower password 1";
    private static final long NO_SUCH_ID = 987_654_321L;

    @Autowired
    IncidentService incidents;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    ApiTokenService apiTokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    private IncidentDetails open;
    private IncidentDetails resolved;

    @BeforeEach
    void anOpenAndAResolvedIncident() {
        TestAccounts.insert(jdbc, passwordEncoder, FOLLOWER, "Fiona Follower", PASSWORD, Role.END_USER);
        open = SignedIn.as(accounts, "it@demo.local", () -> newIncident("Webmail slow"));
        resolved = SignedIn.as(accounts, "it@demo.local", () -> {
            IncidentDetails opened = newIncident("Spam filter");
            return incidents.resolve(opened.id(), opened.version());
        });
    }

    @Test
    void apiRefusesWhatCannotBeFollowedExactlyLikeAnUnknownId() {
        String token = SignedIn.as(accounts, FOLLOWER, () -> apiTokens.create("follow")).secret();

        assertThat(follow(token, open.id()).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = follow(token, resolved.id());
        HttpResponse<String> unknown = follow(token, NO_SUCH_ID);
        assertThat(refused.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(404);
        assertThat(refused.headers().firstValue("Content-Type")).isEqualTo(unknown.headers().firstValue("Content-Type"));
        assertThat(withoutId(refused.body(), resolved.id())).isEqualTo(withoutId(unknown.body(), NO_SUCH_ID));
    }

    @Test
    void serviceRefusesWhatCannotBeFollowedExactlyLikeAnUnknownId() {
        SignedIn.as(accounts, FOLLOWER, () -> {
            subscriptions.follow(open.id());
            assertThat(subscriptions.following(open.id())).isTrue();
            NotificationException refused = catchThrowableOfType(NotificationException.class,
                    () -> subscriptions.follow(resolved.id()));
            NotificationException unknown = catchThrowableOfType(NotificationException.class,
                    () -> subscriptions.follow(NO_SUCH_ID));
            assertThat(refused.messageKey()).isEqualTo(unknown.messageKey());
            assertThat(subscriptions.following(resolved.id())).isFalse();
        });
    }

    @Test
    void whatAnEndUserMayFollowIsOnThePublicStatusPage() {
        WebSession anonymous = new WebSession(baseUrl());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(anonymous.get("/api/v1/status").body())
                .contains("\"reference\":\"" + open.reference() + "\""));
    }

    private IncidentDetails newIncident(String title) {
        return incidents.open(new NewIncident(title, null, Set.of(MailService.WEBMAIL), Scope.SINGLE_USER,
                Severity.SEV4, List.of()));
    }

    private HttpResponse<String> follow(String token, long incidentId) {
        WebSession http = new WebSession(baseUrl());
        return http.send(http.request("/api/v1/incidents/" + incidentId + "/subscription")
                .header("Authorization", "Bearer " + token).PUT(java.net.http.HttpRequest.BodyPublishers.noBody()));
    }

    private static String withoutId(String body, long id) {
        return body.replace(String.valueOf(id), "ID");
    }
}
