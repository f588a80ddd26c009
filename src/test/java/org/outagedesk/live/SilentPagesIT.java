package org.outagedesk.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.SignedIn;
import org.outagedesk.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Live pages whose browsers stop syncing (a laptop asleep, a frozen tab, a client gone without
 * closing) while an alert storm changes incidents: each page may cost what it shows, not what
 * happened since it last synced, and the node keeps serving.
 */
class SilentPagesIT extends LiveApplicationTest {

    /** What the storm may add to the live heap per silent page, at most. */
    static final long BOUND_PER_PAGE = 1024 * 1024;
    static final int STORM_INCIDENTS = 60;
    static final int NOTES = 40;

    @Autowired
    IncidentService incidents;

    private final List<IncidentDetails> opened = new ArrayList<>();

    /** The storm's incidents are resolved again: later tests in this application see no outage of ours. */
    @AfterEach
    void resolveTheStorm() {
        SignedIn.as(accounts, "it@demo.local", () -> opened.forEach(incident ->
                incidents.resolve(incident.id(), incidents.find(incident.id()).orElseThrow().version())));
    }

    @Test
    void pagesThatNeverSyncAgainStayBoundedThroughAStorm() {
        IncidentDetails watched = open("Watched incident");
        List<WebSession> silent = new ArrayList<>();
        List<String> routes = List.of("board", "triage", "incidents/" + watched.id(), "probes");
        for (String route : routes) {
            WebSession page = new WebSession(baseUrl()).signIn("it@demo.local", "demo");
            assertThat(page.navigate(route)).as(route + " opens").doesNotContain("\"redirect\"");
            silent.add(page);
        }
        WebSession reporter = new WebSession(baseUrl()).signIn("user@demo.local", "demo");
        reporter.navigate("reports/mine");
        silent.add(reporter);
        long before = settledLiveHeap();

        List<String> references = new ArrayList<>();
        for (int i = 0; i < STORM_INCIDENTS; i++) {
            references.add(open("Storm alert " + i).reference());
        }
        for (int i = 0; i < NOTES; i++) {
            String note = "Queue still growing, reading " + i;
            SignedIn.as(accounts, "it@demo.local", () -> incidents.addNote(watched.id(), note));
        }
        long grown = settledLiveHeap() - before;
        System.out.printf("SilentPagesIT: %d silent pages, %d incidents and %d notes: live heap %+d KB%n",
                silent.size(), STORM_INCIDENTS, NOTES, grown / 1024);

        assertThat(grown).as("live heap grown by %d KB for %d silent pages", grown / 1024, silent.size())
                .isLessThan(BOUND_PER_PAGE * silent.size());
        String freshBoard = new WebSession(baseUrl()).signIn("it@demo.local", "demo").navigate("board");
        assertThat(freshBoard).as("a page opened after the storm shows every incident").contains(references);
        assertThat(new WebSession(baseUrl()).get("/actuator/health/liveness").body()).contains("UP");
    }

    private IncidentDetails open(String title) {
        IncidentDetails incident = SignedIn.as(accounts, "it@demo.local", () -> incidents.open(new NewIncident(title,
                "Raised by monitoring", Set.of(MailService.OUTBOUND_SMTP), Scope.ALL_USERS, Severity.SEV2, List.of())));
        opened.add(incident);
        return incident;
    }

    /**
     * Live heap after full collections, read until two readings a second apart agree within 1 MB
     * (the live updates of the storm have run), or the last reading after two minutes of growth.
     */
    private static long settledLiveHeap() {
        AtomicLong last = new AtomicLong(-1);
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                long previous = last.getAndSet(liveHeap());
                return previous >= 0 && Math.abs(last.get() - previous) < 1024 * 1024;
            });
        } catch (ConditionTimeoutException stillGrowing) {
            // the bound below tells by how much
        }
        return last.get();
    }

    private static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
