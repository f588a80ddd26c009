package org.outagedesk.metrics.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.component.virtuallist.VirtualListTester;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Severity;
import org.outagedesk.metrics.MetricsFilter;
import org.outagedesk.metrics.MetricsService;
import org.outagedesk.metrics.PastIncidents;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.outagedesk.review.CauseCategory;
import org.outagedesk.review.ReviewFinalised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** The dashboard and the review outcomes without a browser, on incidents of March 2003 (this test's own). */
@ReportSpringTest
class MetricsDashboardViewTest extends SpringBrowserlessTest {

    private static boolean created;
    private static long webmailSlowId;

    @Autowired AccountService accounts;
    @Autowired IncidentService incidents;
    @Autowired MetricsService metrics;
    @Autowired ApplicationEventPublisher events;

    @AfterAll
    static void signOut() {
        SignedIn.out();
    }

    @BeforeEach
    void marchIncidents() {
        synchronized (MetricsDashboardViewTest.class) {
            if (!created) {
                SignedIn.as(accounts, "it@demo.local");
                PastIncidents past = new PastIncidents(incidents);
                past.resolved("Relay queue", Severity.SEV1, MailService.OUTBOUND_SMTP,
                        Instant.parse("2003-03-04T09:00:00Z"), 10, 20, 60, 90);
                webmailSlowId = past.resolved("Webmail slow", Severity.SEV3, MailService.WEBMAIL,
                        Instant.parse("2003-03-12T09:00:00Z"), 30, 40, 100, 150).id();
                // Its review is finalised (a SEV3 needs none, so the share of required reviews stays 0 %).
                events.publishEvent(new ReviewFinalised(9_003L, webmailSlowId, CauseCategory.CAPACITY,
                        Instant.parse("2003-03-20T10:00:00Z")));
                created = true;
            }
        }
        SignedIn.as(accounts, "manager@demo.local");
        MetricsFilter march = new MetricsFilter(Instant.parse("2003-03-01T00:00:00Z"),
                Instant.parse("2003-04-01T00:00:00Z"), null, null, null);
        await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> metrics.dashboard(march).reviews().required() == 1
                        && metrics.dashboard(march).reviews().finalised() == 1);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** Opens the dashboard the way a bookmarked address does. */
    private MetricsDashboardView open(String from, String to) {
        UI.getCurrent().navigate("metrics", QueryParameters.simple(Map.of("from", from, "to", to)));
        return (MetricsDashboardView) UI.getCurrent().getCurrentView();
    }

    /** The element's HTML without the indentation between tags. */
    private String html(String id) {
        return $view(Div.class).id(id).getElement().getOuterHTML().replaceAll(">\\s+<", "><");
    }

    private String text(String id) {
        return $view(Span.class).id(id).getText();
    }

    @Test
    void showsTheFiguresChartsWithTablesAndDefinitionsOfThePeriod() {
        open("2003-03-01", "2003-03-31");

        assertThat(text("metrics-incidents-value")).isEqualTo("2");
        assertThat(text("metrics-mttd-value")).isEqualTo("20 min");
        assertThat(text("metrics-mttr-value")).isEqualTo("2 h 00 min");
        assertThat(text("metrics-reviews-value")).isEqualTo("0 %");
        assertThat(html("metrics-chart-response")).contains("<table")
                .contains("role=\"rowheader\">MTTR</th><td data-label=\"Median\" role=\"cell\">2 h 00 min</td>");
        assertThat(html("metrics-chart-services"))
                .contains(">Sending mail</th><td data-label=\"Incidents\" role=\"cell\">1</td>");
        assertThat($view(Details.class).id("metrics-definitions").getElement().getOuterHTML())
                .contains("MTTD (time to detect) = detected − impact started.");
    }

    @Test
    void aPeriodWithoutIncidentsSaysWhatToDo() {
        open("1990-01-01", "1990-01-31");

        assertThat($view(Div.class).id("metrics-empty").getText()).contains("Choose a longer period");
        assertThat(text("metrics-incidents-value")).isEqualTo("0");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedInWords() {
        open("2003-03-31", "2003-03-01");

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("The period must end after it starts.");
    }

    @Test
    void theCsvHoldsEveryChartsNumbers() {
        MetricsDashboardView view = open("2003-03-01", "2003-03-31");

        String csv = new String(view.csv(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Incidents,2").contains("Response times").contains("MTTR,2 h 00 min,")
                .contains("Incidents by service").contains("Sending mail,1");
    }

    /** Each row of an incident list: its title, then its column texts, as the renderer receives them. */
    @SuppressWarnings("unchecked")
    private java.util.List<String> rows(String id, int columns) {
        VirtualListTester<VirtualList<Object>, Object> list = test($view(VirtualList.class).id(id));
        return java.util.stream.IntStream.range(0, list.size()).mapToObj(row -> {
            StringBuilder line = new StringBuilder(list.getLitRendererPropertyValue(row, "title", String.class));
            for (int column = 0; column < columns; column++) {
                line.append(" | ").append(list.getLitRendererPropertyValue(row, "l" + column, String.class))
                        .append(' ').append(list.getLitRendererPropertyValue(row, "v" + column, String.class));
            }
            return line.toString();
        }).toList();
    }

    @Test
    void theDashboardShowsEachIncidentsOwnResponseTimes() {
        open("2003-03-01", "2003-03-31");

        assertThat(rows("metrics-incidents", 4)).satisfiesExactly(
                newest -> assertThat(newest).endsWith("Webmail slow | MTTD 30 min | MTTA 10 min | MTTM 1 h 40 min"
                        + " | MTTR 2 h 30 min"),
                older -> assertThat(older).endsWith("Relay queue | MTTD 10 min | MTTA 10 min | MTTM 1 h 00 min"
                        + " | MTTR 1 h 30 min"));
    }

    @Test
    void reviewOutcomesShowTheIncidentsResponseTimes() {
        UI.getCurrent().navigate("metrics/reviews", QueryParameters.simple(Map.of("from", "2003-03-01",
                "to", "2003-03-31")));

        assertThat(rows("review-outcomes", 6)).singleElement().satisfies(row -> assertThat(row)
                .startsWith("INC-" + webmailSlowId + " · Webmail slow")
                .contains("| Cause Capacity", "| MTTD 30 min | MTTA 10 min | MTTM 1 h 40 min | MTTR 2 h 30 min"));
    }
}
