package org.outagedesk.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.notification.internal.CommunicationsFixture;
import org.outagedesk.report.ReportService;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The public status page, its feed and JSON: no session, conditional answers, fresh within a second. */
class StatusPageIT extends LiveApplicationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ReportService reports;
    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesWithoutSessionAndAnswers304ToACurrentEtag() throws Exception {
        for (String path : StatusHttp.PATHS) {
            HttpResponse<String> first = get(path, null, null);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.headers().firstValue("Set-Cookie")).as(path).isEmpty();
            assertThat(first.headers().firstValue("Cache-Control")).as(path).get().asString().contains("max-age=");
            assertThat(first.headers().firstValue("Last-Modified")).as(path).isPresent();
            String etag = first.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = get(path, etag, null);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
        }
        String page = get("/status", null, null).body();
        assertThat(page).contains("<style>").doesNotContain("<script", "src=", "stylesheet", "@import", "url(");
    }

    @Test
    void followsTheLanguageOfTheReaderAndTheSwitch() throws Exception {
        assertThat(get("/status", null, "es-ES,es;q=0.9").body()).contains("Estado del servicio de correo");
        assertThat(get("/status", null, "en-GB,en;q=0.8").body()).contains("Mail service status");
        assertThat(get("/status?lang=en", null, "es").body()).contains("<html lang=\"en\"");
    }

    @Test
    void showsAPublicUpdateWithinASecondAndInTheFeed() throws Exception {
        CommunicationsFixture fixture = new CommunicationsFixture(jdbc, accounts, reports, incidents, updates);
        String reporter = newAddress("status-reader");
        fixture.person(reporter, "en", false);
        IncidentDetails incident = fixture.incidentReportedBy("Webmail answers slowly", reporter);
        String before = get("/status?lang=en", null, null).headers().firstValue("ETag").orElseThrow();
        String message = "Webmail is slow because of a full disk " + System.nanoTime();

        fixture.postPublic(incident.id(), message, Instant.now().plus(1, ChronoUnit.HOURS), "Use the desktop client.");
        Instant posted = Instant.now();

        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> get("/status?lang=en", null, null).body().contains(message));
        assertThat(Duration.between(posted, Instant.now())).isLessThan(Duration.ofSeconds(1));
        HttpResponse<String> page = get("/status?lang=en", before, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(incident.reference(), "Expected resolution:", "Meanwhile: Use the desktop client.");
        assertThat(get("/api/v1/status", null, null).body()).contains(message, "\"outbound_smtp\":\"affected\"");

        HttpResponse<String> feed = get("/status/feed.atom?lang=en", null, null);
        assertThat(feed.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        boolean found = false;
        for (int i = 0; i < entries.getLength(); i++) {
            String text = entries.item(i).getTextContent();
            if (text.contains(message)) {
                found = true;
                assertThat(text).contains(incident.reference() + " · Identified: Webmail answers slowly");
            }
        }
        assertThat(found).as("an Atom entry for the update").isTrue();
    }

    @Test
    void theBadgeAndTheFragmentSayWhatThePageSaysInTheReadersLanguage() throws Exception {
        HttpResponse<String> quiet = get("/status/badge.svg?service=calendar&lang=es", null, null);
        assertThat(quiet.statusCode()).isEqualTo(200);
        assertThat(quiet.headers().firstValue("Content-Type")).get().asString().startsWith("image/svg+xml");
        assertThat(quiet.body()).startsWith("<svg").contains("aria-label=\"Calendario: ")
                .doesNotContain("<script");

        CommunicationsFixture fixture = new CommunicationsFixture(jdbc, accounts, reports, incidents, updates);
        String reporter = newAddress("badge-reader");
        fixture.person(reporter, "en", false);
        String title = "Sending is refused " + System.nanoTime();
        IncidentDetails incident = fixture.incidentReportedBy(title, reporter);
        fixture.postPublic(incident.id(), "We are on it.", null, null);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> get("/status/embed?lang=en", null, null).body().contains(title));

        String embed = get("/status/embed?lang=es", null, null).body();
        assertThat(embed).startsWith("<div class=\"outagedesk-status\" lang=\"es\"")
                .contains("Algunos servicios de correo presentan problemas", title, "/status?lang=es#" + incident.reference())
                .doesNotContain("<script", "<html");
        assertThat(get("/status/badge.svg?lang=en", null, null).body()).contains("aria-label=\"mail: Affected\"");
        String service = incident.services().iterator().next().name().toLowerCase(java.util.Locale.ROOT);
        assertThat(get("/status/badge.svg?service=" + service.toUpperCase(java.util.Locale.ROOT) + "&lang=en", null,
                null).body()).contains(": Affected\"");

        HttpResponse<String> unknown = get("/status/badge.svg?service=fax", null, null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).startsWith("Unknown service. Use one of: all, outbound_smtp");
    }

    @Test
    void browsersThatTakeGzipGetTheSamePageGzippedWithItsOwnTagAndRevalidateIt() throws Exception {
        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/status?lang=en"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> zipped = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/status?lang=en"))
                .header("Accept-Encoding", "gzip, deflate, br").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary")).get().asString().contains("Accept-Encoding");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
        try (var unzip = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(unzip.readAllBytes()).isEqualTo(plain.body());
        }
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(zippedTag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/status?lang=en"))
                .header("Accept-Encoding", "gzip").header("If-None-Match", zippedTag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        HttpResponse<byte[]> refused = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/status?lang=en"))
                .header("Accept-Encoding", "gzip;q=0, identity").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
    }

    private HttpResponse<String> get(String path, String ifNoneMatch, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
