package org.outagedesk.report.internal;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.report.KnownOutage;
import org.outagedesk.report.KnownOutages;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.NewReport;
import org.outagedesk.report.ReportConfirmedWorking;
import org.outagedesk.report.ReportException;
import org.outagedesk.report.ReportFilter;
import org.outagedesk.report.ReportPage;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportStatus;
import org.outagedesk.report.ReportStatusChanged;
import org.outagedesk.report.ReportSubmitted;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.Symptom;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores and changes problem reports. Submitting runs in its own short transactions (see
 * {@link #store}) so that two requests racing with one idempotency key end with one row.
 */
@Service
@Transactional
class ReportServiceImpl implements ReportService {

    private static final String JOIN_KEY_PREFIX = "join-incident:";
    private static final int STORE_ATTEMPTS = 3;

    private final ProblemReportRepository reports;
    private final ReportScreenshotRepository screenshots;
    private final AccountService accounts;
    private final ObjectProvider<KnownOutages> knownOutages;
    private final ApplicationEventPublisher events;
    private final ReportProperties properties;
    private final ReportRateLimit rateLimit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReportServiceImpl(ProblemReportRepository reports, ReportScreenshotRepository screenshots, AccountService accounts,
            ObjectProvider<KnownOutages> knownOutages, ApplicationEventPublisher events, ReportProperties properties,
            ReportRateLimit rateLimit, PlatformTransactionManager transactionManager, Clock clock) {
        this.reports = reports;
        this.screenshots = screenshots;
        this.accounts = accounts;
        this.knownOutages = knownOutages;
        this.events = events;
        this.properties = properties;
        this.rateLimit = rateLimit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("isAuthenticated()")
    public ReportSummary submit(NewReport report, String idempotencyKey) {
        ReportValidation.ValidReport valid = ReportValidation.check(report, clock.instant(),
                properties.screenshotMaxBytes());
        rateLimit.take(CurrentReporter.id());
        return store(valid, ReportValidation.idempotencyKey(idempotencyKey), null);
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("isAuthenticated()")
    public ReportSummary joinIncident(long incidentId, Symptom symptom, MailClient client) {
        KnownOutages outages = knownOutages.getIfAvailable();
        KnownOutage outage = outages == null ? null : outages.byIds(List.of(incidentId)).get(incidentId);
        if (outage == null || !outage.open()) {
            throw new ReportException(null, "report.error.incident-not-open");
        }
        long reporterId = CurrentReporter.id();
        Optional<ReportSummary> existing = transactions.execute(status -> reports
                .findFirstByReporterIdAndIncidentIdOrderByIdAsc(reporterId, incidentId).map(ProblemReport::summary));
        if (existing.isPresent()) {
            return existing.get();
        }
        NewReport joined = new NewReport(symptom == null ? Symptom.OTHER : symptom,
                client == null ? MailClient.OTHER : client, null, null, clock.instant(), null, null, null);
        return store(new ReportValidation.ValidReport(joined, null), JOIN_KEY_PREFIX + incidentId, incidentId);
    }

    /**
     * Inserts the report in a transaction of its own. When the same (reporter, key) was stored
     * before, by an earlier attempt or by a request racing this one, the unique constraint refuses
     * ours and the stored one is re-read in a fresh transaction, which sees the committed row. (No
     * look-up before the insert: retries are rare, and the constraint has to be checked anyway.)
     */
    private ReportSummary store(ReportValidation.ValidReport valid, String key, Long joinedIncidentId) {
        long reporterId = CurrentReporter.id();
        RuntimeException lastFailure = null;
        for (int attempt = 0; attempt < STORE_ATTEMPTS; attempt++) {
            try {
                // The reporter's department and site are read in the inserting transaction: one transaction per report.
                return transactions.execute(status -> insert(accounts.currentAccount(), valid, key, joinedIncidentId));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                if (key == null) {
                    throw e;
                }
                lastFailure = e;
                Optional<ReportSummary> winner = transactions.execute(status -> reports
                        .findByReporterIdAndIdempotencyKey(reporterId, key).map(ProblemReport::summary));
                if (winner.isPresent()) {
                    return winner.get();
                }
            }
        }
        throw lastFailure;
    }

    private ReportSummary insert(AccountSummary reporter, ReportValidation.ValidReport valid, String key,
            Long joinedIncidentId) {
        NewReport report = valid.report();
        ProblemReport stored = reports.saveAndFlush(
                new ProblemReport(reporter, report, key, joinedIncidentId, clock.instant()));
        if (valid.screenshotType() != null) {
            screenshots.save(new ReportScreenshot(stored.id(), valid.screenshotType(), report.screenshot()));
        }
        events.publishEvent(new ReportSubmitted(stored.id(), reporter.id(), report.symptom(), report.client(),
                joinedIncidentId));
        return stored.summary();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ReportSummary> myReports() {
        return reports.findByReporterIdOrderByCreatedAtDescIdDesc(CurrentReporter.id()).stream()
                .map(ProblemReport::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ReportPage myReports(int page, int size) {
        Page<ProblemReport> found = reports.findByReporterId(CurrentReporter.id(),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
        return new ReportPage(found.map(ProblemReport::summary).getContent(), page, size, found.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<ReportSummary> find(long reportId) {
        return visible(reportId).map(ProblemReport::summary);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<byte[]> screenshot(long reportId) {
        return visible(reportId).flatMap(report -> screenshots.findById(report.id())).map(ReportScreenshot::imageData);
    }

    /** The report if the current person owns it or is IT staff; someone else's looks absent. */
    private Optional<ProblemReport> visible(long reportId) {
        long me = CurrentReporter.id();
        return reports.findById(reportId).filter(report -> report.reporterId() == me || CurrentReporter.isItStaff());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('IT_STAFF')")
    public List<ReportSummary> unlinked(ReportFilter filter) {
        ReportFilter f = filter == null ? ReportFilter.any() : filter;
        Specification<ProblemReport> open = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("status"), ReportStatus.RECEIVED));
            // Received reports are unlinked, except resolved ones reopened as "still broken" (they keep their incident).
            if (f.symptom() != null) {
                where.add(cb.equal(root.get("symptom"), f.symptom()));
            }
            if (f.client() != null) {
                where.add(cb.equal(root.get("client"), f.client()));
            }
            if (f.department() != null) {
                where.add(cb.equal(root.get("department"), f.department()));
            }
            if (f.site() != null) {
                where.add(cb.equal(root.get("site"), f.site()));
            }
            if (f.since() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), f.since()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return reports.findAll(open, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))).stream()
                .map(ProblemReport::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('IT_STAFF')")
    public List<ReportSummary> linkedTo(long incidentId) {
        return reports.findByIncidentIdOrderByCreatedAtAscIdAsc(incidentId).stream()
                .map(ProblemReport::summary).toList();
    }

    @Override
    @PreAuthorize("hasRole('IT_STAFF')")
    public void link(Collection<Long> reportIds, long incidentId) {
        for (Long reportId : reportIds) {
            ProblemReport report = byId(reportId);
            report.link(incidentId, clock.instant());
            changed(report);
        }
    }

    @Override
    @PreAuthorize("hasRole('IT_STAFF')")
    public void decline(long reportId, String reason) {
        ProblemReport report = byId(reportId);
        report.decline(ReportValidation.reason(reason), clock.instant());
        changed(report);
    }

    @Override
    @PreAuthorize("hasRole('IT_STAFF')")
    public void markDuplicate(long reportId, long duplicateOfId) {
        ProblemReport report = byId(reportId);
        report.markDuplicateOf(byId(duplicateOfId), clock.instant());
        changed(report);
    }

    @Override
    @PreAuthorize("hasRole('IT_STAFF')")
    public void resolveAll(long incidentId) {
        for (ProblemReport report : reports.findByIncidentIdOrderByCreatedAtAscIdAsc(incidentId)) {
            if (report.resolve(clock.instant())) {
                changed(report);
            }
        }
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public ReportSummary reportStillBroken(long reportId) {
        ProblemReport report = reports.findById(reportId).filter(found -> found.reporterId() == CurrentReporter.id())
                .orElseThrow(() -> new ReportException(null, "notification.still-broken.not-resolved"));
        report.reopen(clock.instant());
        changed(report);
        return report.summary();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public ReportSummary confirmWorking(long reportId) {
        ProblemReport report = reports.findById(reportId).filter(found -> found.reporterId() == CurrentReporter.id())
                .orElseThrow(() -> new ReportException(null, "report.works-now.not-resolved"));
        boolean first = !report.summary().confirmedWorking();
        report.confirmWorking(clock.instant());
        if (first) {
            events.publishEvent(new ReportConfirmedWorking(report.id(), report.reporterId(), report.incidentId()));
        }
        return report.summary();
    }

    @Override
    @PreAuthorize("hasRole('IT_STAFF')")
    public void moveAll(long fromIncidentId, long toIncidentId) {
        if (fromIncidentId == toIncidentId) {
            return;
        }
        for (ProblemReport report : reports.findByIncidentIdOrderByCreatedAtAscIdAsc(fromIncidentId)) {
            report.moveTo(toIncidentId, clock.instant());
            changed(report);
        }
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('IT_STAFF')")
    public List<Long> reporterIds(long incidentId) {
        return reports.reporterIds(incidentId);
    }

    private ProblemReport byId(Long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new ReportException(null, "report.error.not-found"));
    }

    private void changed(ProblemReport report) {
        events.publishEvent(new ReportStatusChanged(report.id(), report.reporterId(), report.status(),
                report.incidentId()));
    }
}
