package org.outagedesk.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.component.virtuallist.VirtualListTester;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.NewStatusUpdate;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.ResolutionSummary;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.live.LiveBus;
import org.outagedesk.report.FakeKnownOutages;
import org.outagedesk.report.KnownOutage;
import org.outagedesk.report.KnownOutageChanged;
import org.outagedesk.report.KnownOutages;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.ReportTopics;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What reporters see of their outage and what IT sees of them: public news is announced to the
 * reporters' open pages, the resolution reaches them whole, and "It works now" reaches IT.
 */
class ReporterFeedbackViewTest extends IncidentViewTestSupport {

    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired LiveBus bus;
    @Autowired List<KnownOutages> knownOutages;

    private ReportSummary report;
    private IncidentDetails incident;

    @BeforeEach
    void anIncidentWithOneReport() {
        report = reportAs("user2@demo.local", Symptom.CANNOT_RECEIVE, MailClient.DESKTOP_CLIENT);
        incident = incidents.open(new NewIncident("Inbound mail stuck", null, EnumSet.of(MailService.INBOUND),
                Scope.GROUP, Severity.SEV2, List.of(report.id())));
    }

    /** The incident module's own answer, not the report tests' stand-in. */
    private KnownOutage asEndUsersSeeIt() {
        KnownOutages real = knownOutages.stream().filter(known -> !(known instanceof FakeKnownOutages))
                .findFirst().orElseThrow();
        return real.byIds(List.of(incident.id())).get(incident.id());
    }

    private void resolveWithSummary() {
        incidents.resolve(incident.id(), incidents.find(incident.id()).orElseThrow().version());
        updates.publishSummary(incident.id(), new ResolutionSummary("Inbound mail was held for an hour.",
                "A full queue disk on the gateway.", "The queue disk is monitored now."));
    }

    @Test
    void aPublicUpdateIsAnnouncedToTheReportersPagesAndAnInternalOneIsNot() {
        List<Object> announced = new CopyOnWriteArrayList<>();
        try (LiveBus.Subscription subscription = bus.subscribe(ReportTopics.outage(incident.id()), announced::add)) {
            updates.post(incident.id(), new NewStatusUpdate(PublicStatus.INVESTIGATING, "Checking the gateway logs.",
                    null, null, UpdateAudience.INTERNAL));
            updates.post(incident.id(), new NewStatusUpdate(PublicStatus.IDENTIFIED,
                    "The gateway's queue disk is full; we are freeing it.", Instant.now().plusSeconds(3600), null,
                    UpdateAudience.PUBLIC));

            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !announced.isEmpty());
            Awaitility.await().pollDelay(Duration.ofMillis(300)).until(() -> true);
            assertThat(announced).containsOnly(new KnownOutageChanged(incident.id()));
        }
        KnownOutage seen = asEndUsersSeeIt();
        assertThat(seen.latestPublicUpdate()).isEqualTo("The gateway's queue disk is full; we are freeing it.");
        assertThat(seen.latestUpdateStatus()).isEqualTo("identified");
        assertThat(seen.eta()).isNotNull();
    }

    @Test
    void endUsersSeeTheWholeResolutionSummary() {
        resolveWithSummary();

        KnownOutage.Resolution resolution = asEndUsersSeeIt().resolution();
        assertThat(resolution).isEqualTo(new KnownOutage.Resolution("Inbound mail was held for an hour.",
                "A full queue disk on the gateway.", "The queue disk is monitored now."));
    }

    @Test
    @SuppressWarnings("unchecked")
    void itStaffSeeOnTheOpenPageThatTheReporterConfirmedItWorks() {
        resolveWithSummary();
        navigate(IncidentView.class, Map.of("id", String.valueOf(incident.id())));
        VirtualListTester<VirtualList<ReportSummary>, ReportSummary> linked =
                test($(VirtualList.class).id("incident-reports"));
        assertThat(linked.getLitRendererPropertyValue(0, "worksNow", String.class)).isEmpty();

        SignedIn.as(accountService, "user2@demo.local");
        reportService.confirmWorking(report.id());
        SignedIn.as(accountService, "it@demo.local");

        assertThat(eventually(() -> {
            VirtualListTester<VirtualList<ReportSummary>, ReportSummary> now =
                    test($(VirtualList.class).id("incident-reports"));
            return now.getLitRendererPropertyValue(0, "worksNow", String.class).startsWith("Confirmed it works");
        })).as("the linked report shows the confirmation without a reload").isTrue();
    }
}
