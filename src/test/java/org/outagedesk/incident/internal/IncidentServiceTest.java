package org.outagedesk.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentChangedMeanwhile;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentPhaseChanged;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.IncidentTopics;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.TriageGroup;
import org.outagedesk.incident.TriageService;
import org.outagedesk.live.LiveBus;
import org.outagedesk.report.FakeKnownOutages;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.ReportStatus;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.outagedesk.report.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Incidents and triage through their services, on H2, signed in as the demo people. */
@ReportSpringTest
class IncidentServiceTest {

    @Autowired IncidentService incidents;
    @Autowired TriageService triage;
    @Autowired ReportService reports;
    @Autowired AccountService accounts;
    @Autowired IncidentKnownOutages knownOutages;
    @Autowired FakeKnownOutages reportFormOutages;
    @Autowired LiveBus bus;

    @AfterEach
    void signOut() {
        SignedIn.out();
        reportFormOutages.clear();
    }

    ReportSummary report(String email, Symptom symptom, MailClient client, Instant startedAt) {
        return TestPeople.reportAs(accounts, reports, email, symptom, client, null, startedAt);
    }

    IncidentDetails open(ReportSummary... from) {
        SignedIn.as(accounts, "it@demo.local");
        return incidents.open(new NewIncident("Outgoing mail fails", null, EnumSet.of(MailService.OUTBOUND_SMTP),
                Scope.GROUP, Severity.SEV2, List.of(from).stream().map(ReportSummary::id).toList()));
    }

    @Test
    void openingFromReportsLinksThemAndStartsTheTimeline() {
        Instant started = Instant.now().minus(Duration.ofMinutes(40)).truncatedTo(ChronoUnit.MILLIS);
        ReportSummary first = report("user@demo.local", Symptom.CANNOT_SEND, MailClient.DESKTOP_CLIENT, started);
        ReportSummary second = report("user2@demo.local", Symptom.CANNOT_SEND, MailClient.WEBMAIL, null);

        IncidentDetails incident = open(first, second);

        assertThat(incident.reference()).isEqualTo("INC-" + incident.id());
        assertThat(incident.reportCount()).isEqualTo(2);
        assertThat(incident.milestone(Milestone.IMPACT_STARTED)).isEqualTo(started);
        assertThat(incident.milestone(Milestone.DETECTED)).isCloseTo(first.createdAt(), within(1, ChronoUnit.MILLIS));
        assertThat(incident.milestone(Milestone.ACKNOWLEDGED)).isNotNull();
        assertThat(reports.find(second.id()).orElseThrow().status()).isEqualTo(ReportStatus.LINKED);
        assertThat(incidents.reports(incident.id())).extracting(ReportSummary::id).containsExactly(first.id(), second.id());
        assertThat(incidents.timeline(incident.id())).extracting(TimelineItem::kind)
                .containsExactly(TimelineKind.REPORTS_LINKED, TimelineKind.OPENED);
    }

    @Test
    void everyChangeIsWrittenWithWhoBeforeAndAfterAndFannedOutToTheBoard() throws Exception {
        IncidentDetails incident = open();
        List<Object> board = new CopyOnWriteArrayList<>();
        try (LiveBus.Subscription ignored = bus.subscribe(IncidentTopics.BOARD, board::add)) {
            IncidentDetails moved = incidents.change(incident.id(), incident.version(),
                    new IncidentEdit.ChangePhase(Phase.COMMUNICATION));
            assertThat(moved.phase()).isEqualTo(Phase.COMMUNICATION);
            assertThat(moved.version()).isGreaterThan(incident.version());
            Awaitility.await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                    .untilAsserted(() -> assertThat(board).hasAtLeastOneElementOfType(IncidentPhaseChanged.class));
        }
        TimelineItem latest = incidents.timeline(incident.id()).getFirst();
        assertThat(latest.kind()).isEqualTo(TimelineKind.CHANGED);
        assertThat(latest.actorName()).isEqualTo("Iván Torres");
        assertThat(latest.field()).isEqualTo("phase");
        assertThat(latest.before()).isEqualTo("ASSESSMENT");
        assertThat(latest.after()).isEqualTo("COMMUNICATION");
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedAndSaysWhoChangedIt() {
        IncidentDetails seen = open();
        SignedIn.as(accounts, "it2@demo.local");
        incidents.change(seen.id(), seen.version(), new IncidentEdit.ChangeSeverity(Severity.SEV1));
        SignedIn.as(accounts, "it@demo.local");

        assertThatThrownBy(() -> incidents.change(seen.id(), seen.version(), new IncidentEdit.ChangeScope(Scope.ALL_USERS)))
                .isInstanceOfSatisfying(IncidentChangedMeanwhile.class,
                        e -> assertThat(e.changedBy()).isEqualTo("Priya Shah"));
        IncidentDetails fresh = incidents.find(seen.id()).orElseThrow();
        assertThat(fresh.severity()).isEqualTo(Severity.SEV1);
        assertThat(fresh.scope()).isEqualTo(Scope.GROUP);
    }

    @Test
    void notesNeitherConflictNorBumpTheVersion() {
        IncidentDetails incident = open();
        IncidentDetails after = incidents.addNote(incident.id(), "Checked the SMTP logs: TLS handshake fails");
        assertThat(after.version()).isEqualTo(incident.version());
        TimelineItem note = incidents.timeline(incident.id()).getFirst();
        assertThat(note.kind()).isEqualTo(TimelineKind.NOTE);
        assertThat(note.note()).isEqualTo("Checked the SMTP logs: TLS handshake fails");
    }

    @Test
    void theReviewPhaseFollowsResolutionAndAClosedIncidentTakesNoMoreNotes() {
        SignedIn.as(accounts, "it@demo.local");
        IncidentDetails incident = incidents.open(new NewIncident("One mailbox full", null,
                EnumSet.of(MailService.IMAP_POP), Scope.SINGLE_USER, Severity.SEV4, List.of()));
        assertThatThrownBy(() -> incidents.enterReview(incident.id())).hasMessage("incident.error.review-unresolved");

        IncidentDetails resolved = incidents.resolve(incident.id(), incident.version());
        incidents.addNote(incident.id(), "User confirmed mail flows again");
        IncidentDetails reviewing = incidents.enterReview(incident.id());
        assertThat(reviewing.phase()).isEqualTo(Phase.REVIEW);
        assertThat(reviewing.version()).isGreaterThan(resolved.version());
        assertThat(incidents.enterReview(incident.id()).version()).as("already there").isEqualTo(reviewing.version());

        incidents.close(incident.id(), reviewing.version());
        assertThatThrownBy(() -> incidents.addNote(incident.id(), "Too late")).hasMessage("incident.error.not-open");
    }

    @Test
    void mergingMovesReportsCopiesTheTimelineAndLeavesAPointer() {
        ReportSummary a = report("user@demo.local", Symptom.CANNOT_SEND, MailClient.WEBMAIL, null);
        ReportSummary b = report("user2@demo.local", Symptom.BOUNCED, MailClient.MOBILE, null);
        IncidentDetails merged = open(a);
        incidents.addNote(merged.id(), "Webmail users first");
        IncidentDetails survivor = open(b);

        IncidentDetails result = incidents.merge(merged.id(), incidents.find(merged.id()).orElseThrow().version(),
                survivor.id());

        assertThat(result.id()).isEqualTo(survivor.id());
        assertThat(result.reportCount()).isEqualTo(2);
        assertThat(reports.find(a.id()).orElseThrow().incidentId()).isEqualTo(survivor.id());
        IncidentDetails gone = incidents.find(merged.id()).orElseThrow();
        assertThat(gone.state()).isEqualTo(IncidentState.MERGED);
        assertThat(gone.mergedIntoId()).isEqualTo(survivor.id());
        List<TimelineItem> timeline = incidents.timeline(survivor.id());
        assertThat(timeline.getFirst().kind()).isEqualTo(TimelineKind.MERGED_FROM);
        assertThat(timeline).anySatisfy(item -> {
            assertThat(item.note()).isEqualTo("Webmail users first");
            assertThat(item.copiedFrom()).isEqualTo(merged.reference());
        });
        assertThat(incidents.list(IncidentState.OPEN)).extracting(summary -> summary.id()).doesNotContain(merged.id());
        assertThatThrownBy(() -> incidents.merge(survivor.id(), result.version(), survivor.id()))
                .hasMessage("incident.error.merge-self");
    }

    @Test
    void resolvingResolvesEveryLinkedReport() {
        ReportSummary a = report("user@demo.local", Symptom.CANNOT_RECEIVE, MailClient.MOBILE, null);
        IncidentDetails incident = open(a);
        IncidentDetails resolved = incidents.resolve(incident.id(), incident.version());
        assertThat(resolved.state()).isEqualTo(IncidentState.RESOLVED);
        assertThat(reports.find(a.id()).orElseThrow().status()).isEqualTo(ReportStatus.RESOLVED);
        // A SEV2 closes only once its review is final (the review module's close gate).
        assertThatThrownBy(() -> incidents.close(incident.id(), resolved.version()))
                .hasMessage("review.error.close-needs-review");
    }

    @Test
    void managersReadButDoNotChange() {
        IncidentDetails incident = open();
        SignedIn.as(accounts, "manager@demo.local");
        assertThat(incidents.find(incident.id())).isPresent();
        assertThatThrownBy(() -> incidents.change(incident.id(), incident.version(),
                new IncidentEdit.ChangePhase(Phase.FIX))).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, "user@demo.local");
        assertThatThrownBy(() -> incidents.find(incident.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rolesGoToItStaffOnly() {
        IncidentDetails incident = open();
        long priya = accounts.findLoginAccount("it2@demo.local").orElseThrow().id();
        IncidentDetails led = incidents.change(incident.id(), incident.version(),
                new IncidentEdit.AssignRole("COMMANDER", priya));
        assertThat(led.role("COMMANDER").name()).isEqualTo("Priya Shah");
        long lucia = accounts.findLoginAccount("user@demo.local").orElseThrow().id();
        assertThatThrownBy(() -> incidents.change(incident.id(), led.version(),
                new IncidentEdit.AssignRole("COMMUNICATIONS_LEAD", lucia))).hasMessage("incident.error.not-staff");
    }

    @Test
    void knownOutagesMatchBySymptomOrServiceAndCountPeopleWhoJoin() {
        ReportSummary a = report("user@demo.local", Symptom.LOGIN, MailClient.WEBMAIL, null);
        IncidentDetails incident = open(a);
        SignedIn.as(accounts, "user2@demo.local");
        assertThat(knownOutages.matching(Symptom.LOGIN, MailClient.MOBILE)).anyMatch(o -> o.incidentId() == incident.id());
        assertThat(knownOutages.matching(Symptom.CANNOT_SEND, MailClient.MOBILE))
                .anyMatch(o -> o.incidentId() == incident.id());
        assertThat(knownOutages.matching(Symptom.MAILBOX_FULL, MailClient.DESKTOP_CLIENT))
                .noneMatch(o -> o.incidentId() == incident.id());
        assertThat(knownOutages.byIds(List.of(incident.id())).get(incident.id()).publicStatus()).isEqualTo("investigating");

        reportFormOutages.add(knownOutages.byIds(List.of(incident.id())).get(incident.id()));
        reports.joinIncident(incident.id(), Symptom.LOGIN, MailClient.MOBILE);
        SignedIn.as(accounts, "it@demo.local");
        assertThat(incidents.find(incident.id()).orElseThrow().reportCount()).isEqualTo(2);
    }

    @Test
    void triageGroupsRecentReportsAndSuggestsScopeAndSeverity() {
        ReportSummary a = report("user@demo.local", Symptom.SPAM_PHISHING, MailClient.OTHER, null);
        ReportSummary b = report("user2@demo.local", Symptom.SPAM_PHISHING, MailClient.OTHER, null);
        SignedIn.as(accounts, "it@demo.local");
        TriageGroup group = triage.suggestions().stream()
                .filter(candidate -> candidate.reportIds().contains(a.id())).findFirst().orElseThrow();
        assertThat(group.reportIds()).contains(b.id());
        assertThat(group.reporters()).isGreaterThanOrEqualTo(2);
        assertThat(group.departments()).contains("Finanzas", "Sales");
        assertThat(group.sites()).contains("Madrid", "Barcelona");
        assertThat(group.scope()).isNotEqualTo(Scope.SINGLE_USER);
        assertThat(group.severity()).isEqualTo(Severity.SEV4);

        triage.decline(a.id(), "Phishing goes to the security team");
        assertThat(reports.find(a.id()).orElseThrow().status()).isEqualTo(ReportStatus.DECLINED);
        triage.markDuplicate(b.id(), a.id());
        assertThat(reports.find(b.id()).orElseThrow().status()).isEqualTo(ReportStatus.DUPLICATE);
    }
}
