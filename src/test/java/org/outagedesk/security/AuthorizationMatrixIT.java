package org.outagedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.account.Role;
import org.outagedesk.base.ui.PageNotFoundView;
import org.outagedesk.security.AuthorizationMatrix.Actor;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.SignedIn;
import org.outagedesk.testsupport.TestAccounts;
import org.outagedesk.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The authorization matrix ({@code security/authorization-matrix.txt}) against the running
 * application: every Vaadin route opened through Vaadin's own protocol in a signed-in session
 * per role (and an anonymous one), every endpoint called over HTTP with that person's session
 * and personal API token. A route or endpoint the application has but the matrix lacks, or a
 * row the application no longer has, fails the test by name.
 */
class AuthorizationMatrixIT extends LiveApplicationTest {

    private static final String PASSWORD = "matrix password 1";

    @Autowired
    ApplicationContext context;

    @Autowired
    ServletContext servletContext;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApiTokenService apiTokens;

    private static final Map<Actor, String> TOKENS = new EnumMap<>(Actor.class);

    @BeforeEach
    void onePersonPerRole() {
        for (Actor actor : Actor.values()) {
            if (actor == Actor.ANONYMOUS || TOKENS.containsKey(actor)) {
                continue;
            }
            TestAccounts.insert(jdbc, passwordEncoder, email(actor), "Matrix " + actor, PASSWORD, Role.valueOf(actor.name()));
            TOKENS.put(actor, SignedIn.as(accounts, email(actor), () -> apiTokens.create("matrix")).secret());
        }
    }

    @Test
    void everyRouteAndEndpointOfTheApplicationIsInTheMatrixAndNothingElse() throws Exception {
        Set<String> present = new TreeSet<>(ApplicationSurface.views(servletContext).keySet());
        present.addAll(ApplicationSurface.endpoints(context));
        Set<String> expected = AuthorizationMatrix.load().rows().keySet();

        List<String> problems = new ArrayList<>();
        present.stream().filter(key -> !expected.contains(key)).forEach(key -> problems.add(
                "'" + key + "' is served but not in " + AuthorizationMatrix.FILE + ": add it to the matrix"));
        expected.stream().filter(key -> !present.contains(key)).forEach(key -> problems.add(
                "'" + key + "' is in " + AuthorizationMatrix.FILE + " but the application no longer has it: remove the row"));
        assertThat(problems).as("routes and endpoints against the matrix").isEmpty();
    }

    @Test
    void everyCellOfTheMatrixHoldsInTheRunningApplication() throws Exception {
        AuthorizationMatrix matrix = AuthorizationMatrix.load();
        Map<String, Class<?>> views = ApplicationSurface.views(servletContext);
        List<String> wrong = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            WebSession session = new WebSession(baseUrl());
            if (actor != Actor.ANONYMOUS) {
                session.signIn(email(actor), PASSWORD);
            }
            wrong.addAll(wrongCells(matrix, views, session, actor.name(), Set.of(actor), TOKENS.get(actor)));
        }
        System.out.printf("Authorization matrix: %d rows x %d actors = %d cells asserted%n",
                matrix.rows().size(), Actor.values().length, matrix.rows().size() * Actor.values().length);
        assertThat(wrong).as("cells of the authorization matrix that do not hold").isEmpty();
    }

    /**
     * People the company directory signs in (CompanyDirectory's LDIF) get the union of the cells of
     * the roles their groups map to, END_USER included, in their session and with their own token.
     */
    @Test
    void everyCellHoldsForPeopleTheCompanyDirectorySignsIn() throws Exception {
        AuthorizationMatrix matrix = AuthorizationMatrix.load();
        Map<String, Class<?>> views = ApplicationSurface.views(servletContext);
        Map<String, Set<Actor>> people = Map.of(
                "bruno.costa", Set.of(Actor.END_USER),
                "ana.ibarra", Set.of(Actor.END_USER, Actor.IT_STAFF),
                "carla.mendez", Set.of(Actor.END_USER, Actor.MANAGER, Actor.ADMIN));
        Map<String, String> passwords = Map.of("bruno.costa", "Bruno-directory-1", "ana.ibarra", "Ana-directory-1",
                "carla.mendez", "Carla-directory-1");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Actor>> person : people.entrySet()) {
            WebSession session = new WebSession(baseUrl()).signIn(person.getKey(), passwords.get(person.getKey()));
            String token = SignedIn.as(accounts, person.getKey() + "@corp.example",
                    () -> apiTokens.create("matrix")).secret();
            wrong.addAll(wrongCells(matrix, views, session, "directory " + person.getKey(), person.getValue(), token));
        }
        assertThat(wrong).as("cells of the authorization matrix that do not hold for directory people").isEmpty();
    }

    private List<String> wrongCells(AuthorizationMatrix matrix, Map<String, Class<?>> views, WebSession session,
            String who, Set<Actor> roles, String token) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Actor>> row : matrix.rows().entrySet()) {
            boolean expected = row.getValue().stream().anyMatch(roles::contains);
            String outcome = row.getKey().startsWith("VIEW ")
                    ? openView(session, row.getKey(), views)
                    : callEndpoint(session, token, row.getKey());
            if (!outcome.equals(expected ? "allowed" : "refused")) {
                wrong.add(row.getKey() + " as " + who + ": expected " + (expected ? "allowed" : "refused")
                        + ", got " + outcome);
            }
        }
        return wrong;
    }

    /**
     * Allowed: the route's view is rendered (or the view forwards the person on, as the login page
     * does for someone already signed in). Refused: the not-found page (what a denied
     * route shows, so it reveals nothing), or a command to go to the login page.
     */
    private static String openView(WebSession session, String key, Map<String, Class<?>> views) {
        if (!views.containsKey(key)) {
            return "no such route";
        }
        String reply = session.navigate(ApplicationSurface.samplePath(key.substring("VIEW /".length())));
        if (views.values().stream().anyMatch(view -> reply.contains("\"" + view.getName() + "\""))) {
            return "allowed";
        }
        if (reply.contains("\"" + PageNotFoundView.class.getName() + "\"") || reply.contains("[\"/login\",")) {
            return "refused";
        }
        return "an unexpected reply: " + reply.substring(0, Math.min(400, reply.length()));
    }

    /**
     * Refused: 401 or 403, a redirect to the login page, or 429 (a personal token sent to the alert
     * webhooks is a wrong alert token: past the limit this client's guesses are turned away before
     * the token is looked at). A 5xx is never right.
     */
    private static String callEndpoint(WebSession session, String token, String key) {
        String method = key.substring(0, key.indexOf(' '));
        String path = ApplicationSurface.samplePath(key.substring(key.indexOf(' ') + 1));
        HttpRequest.Builder request = session.request(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        switch (method) {
            case "ANY", "GET" -> request.GET();
            case "POST", "PUT", "PATCH" -> request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}"));
            default -> request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = session.send(request);
        int status = response.statusCode();
        if (status >= 500) {
            return "HTTP " + status;
        }
        boolean toLogin = status == 302 && response.headers().firstValue("Location").orElse("").contains("/login");
        return status == 401 || status == 403 || status == 429 || toLogin ? "refused" : "allowed";
    }

    private static String email(Actor actor) {
        return "matrix-" + actor.name().toLowerCase().replace('_', '-') + "@demo.local";
    }
}
