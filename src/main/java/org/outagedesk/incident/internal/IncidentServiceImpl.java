package org.outagedesk.incident.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.Role;
import org.outagedesk.account.Roles;
import org.outagedesk.incident.CloseGate;
import org.outagedesk.incident.IncidentChanged;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.incident.IncidentOpened;
import org.outagedesk.incident.IncidentPhaseChanged;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.IncidentSummary;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.PhaseGate;
import org.outagedesk.incident.PhaseGateRefused;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.RoleHolder;
import org.springframework.beans.factory.ObjectProvider;
import org.outagedesk.incident.ReportsTriaged;
import org.outagedesk.incident.StaffMember;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.TimelineMessage;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class IncidentServiceImpl implements IncidentService {

    static final String READ = "hasAnyRole('IT_STAFF', 'MANAGER')";
    static final String CHANGE = "hasRole('IT_STAFF')";
    /** The "Monitoring" system actor of the alert intake (never a person's role). */
    static final String MONITOR = "hasRole('" + Roles.MONITORING + "')";
    /** The data field of a checklist step's entry: the run item's id. */
    static final String RUNBOOK_ITEM = "runbook-item";

    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final IncidentRecorder recorder;
    private final ReportService reportService;
    private final AccountService accountService;
    private final IncidentMerger merger;
    private final ObjectProvider<PhaseGate> gates;
    private final ObjectProvider<CloseGate> closeGates;

    IncidentServiceImpl(IncidentRepository incidents, TimelineRepository timeline, IncidentRecorder recorder,
            ReportService reportService, AccountService accountService, IncidentMerger merger,
            ObjectProvider<PhaseGate> gates, ObjectProvider<CloseGate> closeGates) {
        this.gates = gates;
        this.closeGates = closeGates;
        this.merger = merger;
        this.incidents = incidents;
        this.timeline = timeline;
        this.recorder = recorder;
        this.reportService = reportService;
        this.accountService = accountService;
    }

    @Override
    @PreAuthorize(CHANGE)
    public IncidentDetails open(NewIncident request) {
        Actor actor = Actor.current();
        Instant now = recorder.now();
        List<Long> reportIds = request.reportIds() == null ? List.of() : List.copyOf(request.reportIds());
        List<ReportSummary> reports = reportIds.stream().map(reportService::find).flatMap(Optional::stream).toList();
        Incident incident = newIncident(request, reports.stream()
                .map(report -> report.startedAt() != null ? report.startedAt() : report.createdAt())
                .min(Comparator.naturalOrder()).orElse(now),
                reports.stream().map(ReportSummary::createdAt).min(Comparator.naturalOrder()).orElse(now), now);
        incident.changeMilestone(Milestone.ACKNOWLEDGED, now);
        incident.remember(reports.stream().map(ReportSummary::symptom).toList(),
                reports.stream().map(ReportSummary::client).toList());
        incident.addReports(reports.size());
        opened(incident, actor, now);
        if (!reports.isEmpty()) {
            List<Long> linked = reports.stream().map(ReportSummary::id).toList();
            reportService.link(linked, incident.id());
            recorder.append(incident.id(), actor, TimelineKind.REPORTS_LINKED,
                    new FieldChange("reports", null, String.valueOf(linked.size())), reportList(linked), now);
            recorder.publish(new ReportsTriaged(linked, incident.id(), ReportsTriaged.Outcome.LINKED));
        }
        recorder.publish(new IncidentOpened(incident.id(), incident.reference(), incident.severity(),
                incident.scope(), reports.stream().map(ReportSummary::id).toList()));
        return incident.details();
    }

    @Override
    @PreAuthorize(MONITOR)
    public IncidentDetails openFromMonitoring(NewIncident request, Instant impactStartedAt) {
        Actor actor = Actor.current();
        Instant now = recorder.now();
        Incident incident = newIncident(request,
                impactStartedAt == null || impactStartedAt.isAfter(now) ? now : impactStartedAt, now, now);
        opened(incident, actor, now);
        recorder.publish(new IncidentOpened(incident.id(), incident.reference(), incident.severity(),
                incident.scope(), List.of()));
        return incident.details();
    }

    @Override
    @PreAuthorize(MONITOR)
    public IncidentDetails recordMonitoring(long incidentId, TimelineMessage report, boolean recovered) {
        Actor actor = Actor.current();
        Incident incident = recorder.load(incidentId);
        if (incident.state() != IncidentState.OPEN) {
            return incident.details();
        }
        Instant now = recorder.now();
        incident.touch(actor.id(), actor.name(), now);
        recorder.append(incidentId, actor, TimelineKind.MONITORING, null, report, null, now);
        if (recovered && incident.milestone(Milestone.MITIGATED) == null) {
            FieldChange change = incident.changeMilestone(Milestone.MITIGATED, now);
            recorder.append(incidentId, actor, TimelineKind.CHANGED, change, null, now);
        }
        recorder.publish(new IncidentChanged(incidentId, TimelineKind.MONITORING, null, actor.id()));
        return recorder.flush(incident).details();
    }

    private static Incident newIncident(NewIncident request, Instant impactStarted, Instant detected, Instant now) {
        if (request.services() == null || request.services().isEmpty()) {
            throw new IncidentException("incident.error.services-required");
        }
        Incident incident = new Incident(request.title(), request.description(), request.services(), request.scope(),
                request.severity(), now);
        incident.changeMilestone(Milestone.IMPACT_STARTED, impactStarted);
        incident.changeMilestone(Milestone.DETECTED, detected);
        return incident;
    }

    private void opened(Incident incident, Actor actor, Instant now) {
        incident.touch(actor.id(), actor.name(), now);
        recorder.flush(incident);
        recorder.append(incident.id(), actor, TimelineKind.OPENED,
                new FieldChange("severity", null, incident.severity().name()), incident.title(), now);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<IncidentSummary> list(IncidentState state) {
        List<Incident> found = state == null ? incidents.findAllByOrderByIdDesc()
                : incidents.findByStateOrderByIdDesc(state);
        return found.stream().map(Incident::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Optional<IncidentDetails> find(long incidentId) {
        return incidents.findById(incidentId).map(Incident::details);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<TimelineItem> timeline(long incidentId) {
        return timeline.findByIncidentIdOrderByAtDescIdDesc(incidentId).stream().map(TimelineEntry::toItem).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<ReportSummary> reports(long incidentId) {
        return reportService.linkedTo(incidentId);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<StaffMember> staff() {
        return accountService.enabledWithRole(Role.IT_STAFF).stream()
                .map(account -> new StaffMember(account.id(), account.displayName())).toList();
    }

    @Override
    @PreAuthorize(CHANGE)
    public IncidentDetails change(long incidentId, long expectedVersion, IncidentEdit edit) {
        Actor actor = Actor.current();
        Incident incident = recorder.load(incidentId, expectedVersion);
        Phase phaseBefore = incident.phase();
        if (edit instanceof IncidentEdit.ChangePhase(Phase target) && target.compareTo(phaseBefore) > 0) {
            List<PhaseGate.OpenItem> open = gates.orderedStream()
                    .flatMap(gate -> gate.openRequiredItemsBefore(incidentId, target).stream()).toList();
            if (!open.isEmpty()) {
                throw new PhaseGateRefused(incidentId, target, open);
            }
        }
        FieldChange change = apply(incident, edit);
        if (Objects.equals(change.before(), change.after())) {
            return incident.details();
        }
        recorder.changed(incident, actor, TimelineKind.CHANGED, change, null);
        if (edit instanceof IncidentEdit.ChangePhase(Phase phase)) {
            recorder.publish(new IncidentPhaseChanged(incidentId, phaseBefore, phase, actor.id()));
        }
        return recorder.flush(incident).details();
    }

    @Override
    @PreAuthorize(CHANGE)
    public IncidentDetails overridePhaseGate(long incidentId, long expectedVersion, Phase phase, String reason) {
        Actor actor = Actor.current();
        String why = Incident.optionalText(reason);
        if (why == null) {
            throw new IncidentException("incident.error.override-reason");
        }
        Incident incident = recorder.load(incidentId, expectedVersion);
        RoleHolder commander = incident.details().role(IncidentRoles.COMMANDER);
        if (commander == null || commander.accountId() != actor.id()) {
            throw new IncidentException("incident.error.commander-only");
        }
        Phase phaseBefore = incident.phase();
        FieldChange change = incident.changePhase(phase);
        recorder.append(incidentId, actor, TimelineKind.GATE_OVERRIDDEN, null, why, recorder.now());
        recorder.changed(incident, actor, TimelineKind.CHANGED, change, null);
        recorder.publish(new IncidentPhaseChanged(incidentId, phaseBefore, phase, actor.id()));
        return recorder.flush(incident).details();
    }

    @Override
    @PreAuthorize(CHANGE)
    public IncidentDetails enterReview(long incidentId) {
        Actor actor = Actor.current();
        Incident incident = recorder.load(incidentId);
        Phase phaseBefore = incident.phase();
        if (phaseBefore == Phase.REVIEW) {
            return incident.details();
        }
        FieldChange change = incident.enterReview();
        recorder.changed(incident, actor, TimelineKind.CHANGED, change, null);
        recorder.publish(new IncidentPhaseChanged(incidentId, phaseBefore, Phase.REVIEW, actor.id()));
        return recorder.flush(incident).details();
    }

    @Override
    @PreAuthorize(CHANGE)
    public void recordRunbookStep(long incidentId, Long itemId, TimelineMessage step, String detail) {
        Actor actor = Actor.current();
        recorder.append(incidentId, actor, TimelineKind.RUNBOOK,
                itemId == null ? null : new FieldChange(RUNBOOK_ITEM, null, String.valueOf(itemId)), step,
                Incident.optionalText(detail), recorder.now());
        recorder.publish(new IncidentChanged(incidentId, TimelineKind.RUNBOOK, null, actor.id()));
    }

    private FieldChange apply(Incident incident, IncidentEdit edit) {
        return switch (edit) {
            case IncidentEdit.ChangeTitle(String title) -> incident.changeTitle(title);
            case IncidentEdit.ChangeDescription(String description) -> incident.changeDescription(description);
            case IncidentEdit.ChangePhase(Phase phase) -> incident.changePhase(phase);
            case IncidentEdit.ChangeScope(var scope) -> incident.changeScope(scope);
            case IncidentEdit.ChangeSeverity(var severity) -> incident.changeSeverity(severity);
            case IncidentEdit.ChangeServices(var services) -> incident.changeServices(services);
            case IncidentEdit.ChangeEta(Instant eta) -> incident.changeEta(eta);
            case IncidentEdit.ChangePublicStatus(var status) -> incident.changePublicStatus(status);
            case IncidentEdit.ChangePublicTitle(String publicTitle) -> incident.changePublicTitle(publicTitle);
            case IncidentEdit.ChangeMilestone(Milestone milestone, Instant at) -> incident.changeMilestone(milestone, at);
            case IncidentEdit.AssignRole(String role, Long accountId) -> incident.assign(role, accountId,
                    accountId == null ? null : staffName(accountId));
        };
    }

    private String staffName(long accountId) {
        return staff().stream().filter(member -> member.accountId() == accountId).map(StaffMember::name)
                .findFirst().orElseThrow(() -> new IncidentException("incident.error.not-staff"));
    }

    @Override
    @PreAuthorize(CHANGE)
    public IncidentDetails addNote(long incidentId, String note) {
        Actor actor = Actor.current();
        String text = Incident.optionalText(note);
        if (text == null) {
            throw new IncidentException("incident.error.note-required");
        }
        Incident incident = recorder.load(incidentId);
        if (!incident.state().workable()) {
            throw new IncidentException("incident.error.not-open");
        }
        Instant now = recorder.now();
        recorder.acknowledge(incident, actor, now);
        recorder.append(incidentId, actor, TimelineKind.NOTE, null, text, now);
        recorder.publish(new IncidentChanged(incidentId, TimelineKind.NOTE, null, actor.id()));
        return recorder.flush(incident).details();
    }

    @Override
    @PreAuthorize(CHANGE)
    public IncidentDetails resolve(long incidentId, long expectedVersion) {
        IncidentDetails resolved = transition(incidentId, expectedVersion, TimelineKind.RESOLVED,
                incident -> incident.resolve(recorder.now()));
        reportService.resolveAll(incidentId);
        return resolved;
    }

    @Override
    @PreAuthorize(CHANGE)
    public IncidentDetails close(long incidentId, long expectedVersion) {
        return transition(incidentId, expectedVersion, TimelineKind.CLOSED, incident -> {
            IncidentDetails details = incident.details();
            closeGates.orderedStream().flatMap(gate -> gate.refusalKey(details).stream()).findFirst()
                    .ifPresent(key -> {
                        throw new IncidentException(key, details.reference());
                    });
            return incident.close(recorder.now());
        });
    }

    /** A change of state (resolve, close) on the version the person saw, recorded like any other. */
    private IncidentDetails transition(long incidentId, long expectedVersion, TimelineKind kind,
            Function<Incident, FieldChange> step) {
        Actor actor = Actor.current();
        Incident incident = recorder.load(incidentId, expectedVersion);
        recorder.changed(incident, actor, kind, step.apply(incident), null);
        return recorder.flush(incident).details();
    }

    @Override
    @PreAuthorize(CHANGE)
    public IncidentDetails merge(long mergedId, long mergedVersion, long survivorId) {
        return merger.merge(Actor.current(), mergedId, mergedVersion, survivorId);
    }

    static String reportList(List<Long> reportIds) {
        return String.join(", ", reportIds.stream().map(id -> "#" + id).toList());
    }
}
