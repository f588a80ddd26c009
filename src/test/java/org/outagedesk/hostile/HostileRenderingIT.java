package org.outagedesk.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.report.ReportService;
import org.outagedesk.runbook.RunbookService;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.Mailbox;
import org.outagedesk.testsupport.RequiredServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored hostile text as the outside world gets it (app on a random port, MariaDB, GreenMail): the
 * /status HTML has no live markup and shows the text, the Atom feed stays well-formed XML and
 * carries the text, the JSON carries it unchanged, and the e-mails have a one-line subject and an
 * HTML part with the text escaped.
 */
class HostileRenderingIT extends LiveApplicationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> LIVE = List.of("script", "iframe", "object", "embed", "svg", "math", "img",
            "form", "base", "meta[http-equiv]", "link[rel=import]", "[onload]", "[onerror]", "[onclick]",
            "[onmouseover]", "[onfocus]", "[ontoggle]", "a[href^=javascript]", "a[href^=data]");

    @Autowired ReportService reports;
    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired RunbookService runbooks;

    @BeforeEach
    void needsMariaDb() {
        RequiredServices.mariaDb();
    }

    @Test
    void statusPageFeedJsonAndMailShowHostileTextInertAndUnchanged() throws Exception {
        HostileSeed seed = HostileSeed.store(accounts, reports, incidents, updates, runbooks);
        String reference = seed.open().reference();

        Document page = await().atMost(Duration.ofSeconds(10)).until(() -> Jsoup.parse(get("/status")),
                html -> html.getElementById(reference) != null
                        && html.getElementById(seed.resolved().reference()) != null);
        for (String selector : LIVE) {
            assertThat(page.select(selector)).as("live markup " + selector + " on /status").isEmpty();
        }
        Element article = page.getElementById(reference);
        assertThat(article.selectFirst("h3").wholeText()).isEqualTo(reference + " · " + seed.publicTitle());
        assertThat(article.text()).contains("<script>window.__pwned=1</script>", "<img src=x onerror=");

        String atom = get("/status/feed.atom");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
        NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        boolean titleCarried = false;
        for (int i = 0; i < titles.getLength(); i++) {
            String title = titles.item(i).getTextContent();
            titleCarried |= title.contains(seed.publicTitle());
            assertThat(title).as("an entry forged by a payload").isNotIn("injected", "forged entry");
        }
        assertThat(titleCarried).as("the Atom feed carries the public title as text").isTrue();

        JsonNode json = JsonMapper.builder().build().readTree(get("/api/v1/status"));
        assertThat(json.get("openIncidents").valueStream().filter(node -> reference.equals(
                node.get("reference").asString())).findFirst().orElseThrow().get("title").asString())
                .isEqualTo(seed.publicTitle());

        Mailbox.Mail mail = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> mailbox("it@demo.local").read().stream()
                        .filter(m -> m.subject().contains(reference)).findFirst().orElse(null), m -> m != null);
        assertThat(mail.subject()).doesNotContain("\r", "\n").contains(seed.publicTitle());
        Document html = Jsoup.parse(mail.html());
        for (String selector : LIVE) {
            assertThat(html.select(selector)).as("live markup " + selector + " in the mail").isEmpty();
        }
        assertThat(html.text()).contains("window.__pwned=1");
    }

    private String get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept-Language", "en")
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }
}
