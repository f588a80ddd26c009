package org.outagedesk.status.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.outagedesk.testsupport.MariaDbTestDatabase;
import org.outagedesk.testsupport.RequiredServices;
import org.outagedesk.testsupport.WebSession;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Plain HTTP against a status page configured apart from the shared application: requests, sign-in, a database of its own. */
final class StatusHttp {

    /** The addresses the status module serves (the page first). */
    static final List<String> PATHS = List.of("/status", "/status/feed.atom", "/api/v1/status", "/status/badge.svg",
            "/status/embed");

    private StatusHttp() {}

    /** Its own MariaDB database when MariaDB answers (else the test configuration's H2), so its dispatcher takes no one else's mail. */
    static void separateDatabase(DynamicPropertyRegistry registry) {
        if (RequiredServices.mariaDbAnswers()) {
            String url = MariaDbTestDatabase.freshUrl();
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> RequiredServices.MARIADB_USER);
            registry.add("spring.datasource.password", () -> RequiredServices.MARIADB_PASSWORD);
        }
    }

    /** GET without following redirects; {@code header} is e.g. {@code Authorization: Bearer x} or {@code Cookie: ...}. */
    static HttpResponse<String> get(String url, String... header) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (header.length == 2) {
            request.header(header[0], header[1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the sign-in form as a browser would (with its CSRF token); answers {@code JSESSIONID=...}. */
    static String signIn(String baseUrl, String email, String password) {
        return "JSESSIONID=" + new WebSession(baseUrl).signIn(email, password).cookie("JSESSIONID");
    }
}
