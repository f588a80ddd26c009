package org.outagedesk.incident.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.Role;
import org.outagedesk.incident.CauseVerdict;
import org.outagedesk.incident.Impact;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.ReportsTriaged;
import org.outagedesk.incident.ScopeAdvisor;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.TriageGroup;
import org.outagedesk.incident.TriageProperties;
import org.outagedesk.incident.TriageService;
import org.outagedesk.incident.TriageSignal;
import org.outagedesk.incident.TriageSignals;
import org.outagedesk.incident.ScopeReason;
import org.outagedesk.incident.Spread;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.report.MailClient;
import org.springframework.beans.factory.ObjectProvider;
import org.outagedesk.mailerror.MailErrors;
import org.outagedesk.report.ReportFilter;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.Symptom;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@PreAuthorize(IncidentServiceImpl.CHANGE)
class TriageServiceImpl implements TriageService {

    private final ReportService reportService;
    private final AccountService accountService;
    private final IncidentRecorder recorder;
    private final TriageProperties properties;
    private final ScopeAdvisor advisor;
    private final MailErrors errors;
    private final SameProblem sameProblem;
    private final ObjectProvider<TriageSignals> signalSources;
    private final TimelineRepository timeline;

    TriageServiceImpl(ReportService reportService, AccountService accountService, IncidentRecorder recorder,
            TriageProperties properties, MailErrors errors, ObjectProvider<TriageSignals> signalSources,
            TimelineRepository timeline) {
        this.timeline = timeline;
        this.errors = errors;
        this.signalSources = signalSources;
        this.sameProblem = new SameProblem(errors);
        this.reportService = reportService;
        this.accountService = accountService;
        this.recorder = recorder;
        this.properties = properties;
        this.advisor = new ScopeAdvisor(properties);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportSummary> queue(ReportFilter filter) {
        return reportService.unlinked(filter == null ? ReportFilter.any() : filter);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TriageGroup> suggestions() {
        ReportFilter recent = new ReportFilter(null, null, null, null, recorder.now().minus(properties.window()));
        Map<String, List<ReportSummary>> groups = new LinkedHashMap<>();
        for (ReportSummary report : reportService.unlinked(recent)) {
            groups.computeIfAbsent(sameProblem.key(report), key -> new ArrayList<>()).add(report);
        }
        long activeUsers = accountService.countEnabled(Role.END_USER);
        List<TriageSignal> signals = signals();
        return groups.values().stream().map(reports -> group(reports, activeUsers, signals))
                .sorted(Comparator.comparing(TriageGroup::severity).thenComparing(TriageGroup::reporters,
                        Comparator.reverseOrder()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public TriageGroup suggest(Collection<ReportSummary> reports) {
        if (reports.isEmpty()) {
            throw new IncidentException("triage.error.nothing-selected");
        }
        return group(List.copyOf(reports), accountService.countEnabled(Role.END_USER), signals());
    }

    @Override
    @Transactional(readOnly = true)
    public TriageGroup forIncident(long incidentId) {
        Incident incident = recorder.load(incidentId);
        List<ReportSummary> reports = reportService.linkedTo(incidentId);
        List<TriageSignal> signals = signals().stream()
                .filter(signal -> signal.services().stream().anyMatch(incident.services()::contains)).toList();
        if (reports.isEmpty()) {
            // Opened from monitoring: what the failing probes say is what there is to read.
            ErrorSignature probesSay = signals.stream().map(TriageSignal::signature)
                    .filter(ErrorSignature::recognised).findFirst().orElse(ErrorSignature.NONE);
            return new TriageGroup(null, List.of(), null, List.of(), 0, List.of(), List.of(), 0, incident.scope(),
                    incident.severity(), List.of(), incident.services(), probesSay,
                    signals.stream().map(TriageSignal::key).toList());
        }
        return group(reports, accountService.countEnabled(Role.END_USER), signals);
    }

    @Override
    public void rateCauseSuggestion(long incidentId, CauseVerdict verdict) {
        Incident incident = recorder.load(incidentId);
        if (!incident.state().workable()) {
            throw new IncidentException("incident.error.not-open");
        }
        String before = CauseVerdict.latest(timeline.findByIncidentIdOrderByAtDescIdDesc(incidentId).stream()
                .map(TimelineEntry::toItem).toList()).map(TimelineItem::after).orElse(null);
        if (verdict.name().equals(before)) {
            return;
        }
        recorder.changed(incident, Actor.current(), TimelineKind.CHANGED,
                new FieldChange(CauseVerdict.FIELD, before, verdict.name()), null);
        recorder.flush(incident);
    }

    /** What monitoring says now; the words are not used here, only which services fail. */
    private List<TriageSignal> signals() {
        List<TriageSignal> signals = new ArrayList<>();
        signalSources.forEach(source -> signals.addAll(source.current(Locale.ENGLISH)));
        return signals;
    }

    /**
     * How widespread a set of reports is, and the suggestion for it (the same rule for a group card and
     * for a hand-picked selection); the worst symptom drives impact.
     */
    private TriageGroup group(List<ReportSummary> reports, long activeUsers, List<TriageSignal> signals) {
        int reporters = (int) reports.stream().map(ReportSummary::reporterId).distinct().count();
        List<String> departments = distinct(reports.stream().map(ReportSummary::department).toList());
        List<String> sites = distinct(reports.stream().map(ReportSummary::site).toList());
        Symptom symptom = reports.stream().map(ReportSummary::symptom)
                .min(Comparator.comparing(Impact::of)).orElse(Symptom.OTHER);
        Set<MailService> services = new TreeSet<>();
        reports.forEach(report -> services.addAll(MailService.suggested(report.symptom(), report.client())));
        String errorText = sharedError(reports);
        ErrorSignature signature = errors.signature(errorText);
        List<MailClient> clients = reports.stream().map(ReportSummary::client).distinct().toList();
        List<String> failingProbes = signals.stream()
                .filter(signal -> signal.services().stream().anyMatch(services::contains))
                .map(TriageSignal::key).toList();
        ScopeAdvisor.Suggestion suggestion = advisor.suggest(new Spread(reporters, departments.size(), sites.size(),
                activeUsers, Impact.of(symptom), signature.side(), failingProbes.size()));
        List<ScopeReason> reasons = new ArrayList<>(suggestion.reasons());
        SameReply.reason(signature, reporters, clients.size()).ifPresent(reasons::add);
        RecipientDomains.reason(reports, signature).ifPresent(reasons::add);
        return new TriageGroup(symptom, clients, errorText, reports.stream().map(ReportSummary::id).toList(),
                reporters, departments, sites, ScopeAdvisor.share(reporters, activeUsers), suggestion.scope(),
                suggestion.severity(), reasons, services, signature, failingProbes);
    }

    /**
     * The error the reports share: the one whose reading most of them have (for a group they all have
     * it; for an incident or a hand-picked selection, the commonest), else the first error given.
     */
    private String sharedError(List<ReportSummary> reports) {
        List<String> texts = reports.stream().map(ReportSummary::errorText)
                .filter(text -> text != null && !text.isBlank()).map(String::strip).toList();
        Map<String, List<String>> byReading = new LinkedHashMap<>();
        for (String text : texts) {
            ErrorSignature signature = errors.signature(text);
            if (signature.recognised()) {
                byReading.computeIfAbsent(sameProblem.errorKey(text), key -> new ArrayList<>()).add(text);
            }
        }
        return byReading.values().stream().max(Comparator.comparingInt(List::size)).map(List::getFirst)
                .orElse(texts.isEmpty() ? null : texts.getFirst());
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip)
                .distinct().sorted().toList();
    }

    @Override
    public void link(Collection<Long> reportIds, long incidentId) {
        if (reportIds.isEmpty()) {
            throw new IncidentException("triage.error.nothing-selected");
        }
        Actor actor = Actor.current();
        Incident incident = recorder.load(incidentId);
        incident.requireOpen();
        List<ReportSummary> reports = reportIds.stream().map(reportService::find).flatMap(Optional::stream).toList();
        List<Long> ids = reports.stream().map(ReportSummary::id).toList();
        reportService.link(ids, incidentId);
        incident.remember(reports.stream().map(ReportSummary::symptom).toList(),
                reports.stream().map(ReportSummary::client).toList());
        incident.addReports(ids.size());
        recorder.changed(incident, actor, TimelineKind.REPORTS_LINKED,
                new FieldChange("reports", String.valueOf(incident.reportCount() - ids.size()),
                        String.valueOf(incident.reportCount())), IncidentServiceImpl.reportList(ids));
        recorder.publish(new ReportsTriaged(ids, incidentId, ReportsTriaged.Outcome.LINKED));
        recorder.flush(incident);
    }

    @Override
    public void decline(long reportId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IncidentException("triage.error.reason-required");
        }
        reportService.decline(reportId, reason.strip());
        recorder.publish(new ReportsTriaged(List.of(reportId), null, ReportsTriaged.Outcome.DECLINED));
    }

    @Override
    public void markDuplicate(long reportId, long duplicateOfId) {
        if (reportId == duplicateOfId) {
            throw new IncidentException("triage.error.duplicate-self");
        }
        reportService.markDuplicate(reportId, duplicateOfId);
        recorder.publish(new ReportsTriaged(List.of(reportId), null, ReportsTriaged.Outcome.DUPLICATE));
    }
}
