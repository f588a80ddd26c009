package org.outagedesk.alert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final Map<String, HttpClient> CLIENTS = new ConcurrentHashMap<>();

    @Autowired
    IncidentService incidents;

    @BeforeAll
    static void mariaDb() {
        RequiredServices.mariaDb();
    }

    HttpResponse<String> post(String path, String token, String body) {
        return send(HTTP, request(baseUrl() + path, token, body));
    }

    /** Posts to the Alertmanager webhook from a chosen loopback address (e.g. 127.0.0.6). */
    HttpResponse<String> postFrom(String from, String forwardedFor, String token, String body) {
        return postFrom(from, forwardedFor, "/api/v1/alerts/alertmanager", token, body);
    }

    /** Posts from a chosen loopback address, with an {@code X-Forwarded-For} header unless it is null. */
    HttpResponse<String> postFrom(String from, String forwardedFor, String path, String token, String body) {
        HttpRequest.Builder request = request("http://127.0.0.1:" + port + path, token, body);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return send(CLIENTS.computeIfAbsent(from, AlertApiTest::clientFrom), request);
    }

    private static HttpClient clientFrom(String address) {
        try {
            return HttpClient.newBuilder().localAddress(InetAddress.getByName(address))
                    .connectTimeout(Duration.ofSeconds(5)).build();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static HttpRequest.Builder request(String url, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
