package org.outagedesk.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.component.virtuallist.VirtualListTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class IncidentViewTest extends IncidentViewTestSupport {

    @Autowired IncidentService incidents;
    @Autowired JdbcTemplate jdbc;

    private IncidentDetails incident;
    private ReportSummary report;

    @BeforeEach
    void anIncidentWithOneReport() {
        report = reportAs("user@demo.local", Symptom.CANNOT_SEND, MailClient.WEBMAIL);
        incident = incidents.open(new NewIncident("Webmail cannot send", null, EnumSet.of(MailService.OUTBOUND_SMTP),
                Scope.GROUP, Severity.SEV2, List.of(report.id())));
    }

    IncidentView open() {
        return navigate(IncidentView.class, java.util.Map.of("id", String.valueOf(incident.id())));
    }

    /** The text of a part of the page and all its children. */
    String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    void click(String id) {
        test($(Button.class).id(id)).click();
    }

    String heading() {
        return $(H2.class).id("incident-heading").getText();
    }

    boolean isCurrentPhase(Phase phase) {
        return $(Button.class).id("incident-phase-" + phase.name()).getClassNames().contains("current");
    }

    /** What the timeline's entries show, one line each: who, what and the note, as the renderer receives them. */
    @SuppressWarnings("unchecked")
    String timeline() {
        VirtualListTester<VirtualList<TimelineItem>, TimelineItem> entries = test($(VirtualList.class).id("incident-timeline"));
        return IntStream.range(0, entries.size()).mapToObj(index -> Stream.of("who", "what", "note")
                .map(property -> entries.getLitRendererPropertyValue(index, property, String.class))
                .filter(Objects::nonNull).collect(Collectors.joining(" "))).collect(Collectors.joining("\n"));
    }

    @Test
    void thePageShowsTheIncidentItsReportsAndTimeline() {
        open();
        assertThat(heading()).isEqualTo("Webmail cannot send");
        @SuppressWarnings("unchecked")
        VirtualListTester<VirtualList<ReportSummary>, ReportSummary> reports = test($(VirtualList.class).id("incident-reports"));
        assertThat(reports.size()).isOne();
        assertThat(reports.getItem(0).id()).isEqualTo(report.id());
        assertThat(reports.getLitRendererPropertyValue(0, "who", String.class)).isEqualTo(report.reporterName());
        assertThat(timeline()).contains(en("incident.timeline.OPENED"));
        assertThat(text("incident-presence")).isEqualTo(en("incident.presence.alone"));
    }

    @Test
    void staffMoveTheIncidentToAnotherPhase() {
        open();
        click("incident-phase-TROUBLESHOOTING");

        IncidentDetails moved = incidents.find(incident.id()).orElseThrow();
        assertThat(moved.phase()).isEqualTo(Phase.TROUBLESHOOTING);
        assertThat(isCurrentPhase(Phase.TROUBLESHOOTING)).isTrue();
        assertThat(timeline()).contains(en("incident.timeline.changed", "phase",
                en("incident.phase.ASSESSMENT"), en("incident.phase.TROUBLESHOOTING")));
    }

    @Test
    void staffAddANoteToTheTimeline() {
        open();
        test($(TextArea.class).id("incident-note")).setValue("Restarted the submission service on mx1");
        test($(Button.class).id("incident-note-add")).click();

        assertThat(incidents.timeline(incident.id()).getFirst().kind()).isEqualTo(TimelineKind.NOTE);
        assertThat(timeline()).contains("Restarted the submission service on mx1");
        assertThat($(TextArea.class).id("incident-note").getValue()).isEmpty();
    }

    @Test
    void aChangeOnStaleStateSaysWhoChangedItMeanwhileAndShowsTheFreshState() {
        open();
        // Priya's change committed, but its live update has not reached this page yet (e.g. from another node).
        jdbc.update("update incident set severity = 'SEV1', version = version + 1, last_changed_by_name = ? "
                + "where id = ?", "Priya Shah", incident.id());

        click("incident-phase-FIX");

        assertThat(lastNotification()).isEqualTo(en("incident.changed-meanwhile", "Priya Shah"));
        IncidentDetails fresh = incidents.find(incident.id()).orElseThrow();
        assertThat(fresh.phase()).isEqualTo(Phase.ASSESSMENT);
        assertThat(text("incident-details")).contains(en("incident.severity.SEV1"));
        click("incident-details-edit");
        @SuppressWarnings("unchecked")
        Select<Severity> severity = $(Select.class).id("incident-severity");
        assertThat(severity.getValue()).isEqualTo(Severity.SEV1);
    }

    @Test
    void detailsReadAsAListUntilEditAndAFieldSavesOnItsOwn() {
        open();
        assertThat(text("incident-details")).contains(en("incident.severity.SEV2"))
                .doesNotContain(en("incident.severity.SEV1"));
        assertThat($(Select.class).withId("incident-severity").all()).isEmpty();

        click("incident-details-edit");
        @SuppressWarnings("unchecked")
        Select<Severity> severity = $(Select.class).id("incident-severity");
        test(severity).selectItem(en("incident.severity.SEV1"));

        assertThat(incidents.find(incident.id()).orElseThrow().severity()).isEqualTo(Severity.SEV1);
        click("incident-details-done");
        assertThat($(Select.class).withId("incident-severity").all()).isEmpty();
        assertThat(text("incident-details")).contains(en("incident.severity.SEV1"));
    }

    @Test
    void changesByOthersAppearWithoutReload() throws Exception {
        open();
        SignedIn.as(accountService, "it2@demo.local");
        incidents.change(incident.id(), incident.version(), new IncidentEdit.ChangePhase(Phase.COMMUNICATION));
        SignedIn.as(accountService, "it@demo.local");

        assertThat(eventually(() -> isCurrentPhase(Phase.COMMUNICATION)))
                .isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void mergingFromThePageTakesStaffToTheSurvivor() throws Exception {
        IncidentDetails survivor = incidents.open(new NewIncident("All outgoing mail fails", null,
                EnumSet.of(MailService.OUTBOUND_SMTP), Scope.ALL_USERS, Severity.SEV1, List.of()));
        open();
        click("incident-merge");
        test($(com.vaadin.flow.component.combobox.ComboBox.class).id("incident-merge-target"))
                .selectItem(survivor.reference() + " · " + survivor.title());
        test($(Button.class).id("incident-merge-confirm")).click();

        assertThat(lastNotification()).isEqualTo(en("incident.merged", incident.reference(), survivor.reference()));
        assertThat(heading()).isEqualTo("All outgoing mail fails");
        assertThat(incidents.find(survivor.id()).orElseThrow().reportCount()).isEqualTo(1);
        SignedIn.as(accountService, "it2@demo.local");
        incidents.addNote(survivor.id(), "Same root cause as the webmail reports");
        SignedIn.as(accountService, "it@demo.local");
        assertThat(eventually(() -> timeline().contains("Same root cause as the webmail reports")))
                .as("the survivor's page is live too").isTrue();
    }

    @Test
    void anUnknownIncidentSaysSo() {
        navigate(IncidentView.class, java.util.Map.of("id", "not-a-number"));
        assertThat($(com.vaadin.flow.component.html.Span.class).withText(en("incident.not-found")).exists()).isTrue();
    }
}
