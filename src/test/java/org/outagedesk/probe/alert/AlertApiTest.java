package org.outagedesk.probe.alert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.RequiredServices;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The running app on MariaDB, called over real HTTP like Alertmanager or another monitor would. */
abstract class AlertApiTest extends LiveApplicationTest {

    /** The token of the test configuration ({@code outagedesk.alerts.token}). */
    static final String TOKEN = "it-alert-token";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    IncidentService incidents;

    @BeforeAll
    static void mariaDb() {
        RequiredServices.mariaDb();
    }

    HttpResponse<String> post(String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A payload of {@code src/test/resources/alerts}, with RUN made unique so tests never share groups. */
    static String payload(String name, String run) {
        try (InputStream in = AlertApiTest.class.getResourceAsStream("/alerts/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("RUN", run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String newRun() {
        return Long.toHexString(System.nanoTime());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    IncidentDetails incident(long id) {
        return SignedIn.as(accounts, "it@demo.local", () -> incidents.find(id).orElseThrow());
    }

    List<TimelineItem> timeline(long id, TimelineKind kind) {
        return SignedIn.as(accounts, "it@demo.local", () -> incidents.timeline(id)).stream()
                .filter(item -> item.kind() == kind).toList();
    }
}
