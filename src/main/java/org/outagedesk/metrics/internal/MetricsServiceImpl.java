package org.outagedesk.metrics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.outagedesk.incident.Phase;
import org.outagedesk.metrics.Dashboard;
import org.outagedesk.metrics.IncidentFigures;
import org.outagedesk.metrics.Metric;
import org.outagedesk.metrics.MetricDefinitions;
import org.outagedesk.metrics.MetricsFilter;
import org.outagedesk.metrics.MetricsService;
import org.outagedesk.metrics.ReviewOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MetricsServiceImpl implements MetricsService {

    static final String READ = "hasAnyRole('MANAGER', 'ADMIN', 'IT_STAFF')";

    private final DashboardQueries queries;
    private final MetricsRebuilder rebuilder;
    private final Clock clock;

    MetricsServiceImpl(DashboardQueries queries, MetricsRebuilder rebuilder, Clock clock) {
        this.queries = queries;
        this.rebuilder = rebuilder;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Dashboard dashboard(MetricsFilter filter) {
        MetricsFilter previous = filter.previous();
        Map<Metric, long[]> now = queries.responseDurations(filter);
        Map<Metric, long[]> before = queries.responseDurations(previous);
        List<Dashboard.Response> response = Arrays.stream(Metric.values()).map(metric -> {
            long[] values = now.getOrDefault(metric, new long[0]);
            return new Dashboard.Response(metric, values.length, MetricDefinitions.percentile(values, 0.5),
                    MetricDefinitions.percentile(values, 0.9),
                    MetricDefinitions.percentile(before.getOrDefault(metric, new long[0]), 0.5));
        }).toList();
        Map<Phase, long[]> phaseValues = queries.phaseDurations(filter);
        List<Dashboard.PhaseTime> phases = Arrays.stream(Phase.values()).map(phase -> {
            long[] values = phaseValues.getOrDefault(phase, new long[0]);
            return new Dashboard.PhaseTime(phase, values.length, MetricDefinitions.percentile(values, 0.5),
                    MetricDefinitions.percentile(values, 0.9));
        }).toList();
        return new Dashboard(filter, queries.incidents(filter), queries.incidents(previous), response, phases,
                queries.byCause(filter), queries.byService(filter), queries.reports(filter),
                queries.actionItems(filter, today()), queries.reviews(filter),
                queries.causeSuggestions(filter));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<ReviewOutcome> reviewOutcomes(MetricsFilter filter) {
        return queries.reviewOutcomes(filter, today());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<IncidentFigures> incidentFigures(MetricsFilter filter) {
        return queries.incidentFigures(filter);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public int rebuild() {
        return rebuilder.rebuild();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
