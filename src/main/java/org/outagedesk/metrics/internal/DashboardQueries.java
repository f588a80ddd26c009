package org.outagedesk.metrics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.outagedesk.incident.Phase;
import org.outagedesk.metrics.Dashboard;
import org.outagedesk.metrics.IncidentFigures;
import org.outagedesk.metrics.Metric;
import org.outagedesk.metrics.MetricsFilter;
import org.outagedesk.metrics.ReviewOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's SQL over the read model: counts and sums are aggregated in the database;
 * medians and p90 come from the sorted duration columns of the period (numbers only, never
 * incidents), see {@link SortedDurations}.
 */
@Component
class DashboardQueries {

    private static final String COUNTED = " FROM metric_incident i";
    private static final String OPEN_ITEM = "a.status IN ('OPEN', 'IN_PROGRESS')";

    private final JdbcTemplate jdbc;

    DashboardQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long incidents(MetricsFilter filter) {
        FilterSql sql = FilterSql.of(filter);
        Long count = jdbc.queryForObject("SELECT COUNT(*)" + COUNTED + sql.where(), Long.class, sql.arguments());
        return count == null ? 0 : count;
    }

    /** The four response metrics' durations of the period, each list ascending. */
    Map<Metric, long[]> responseDurations(MetricsFilter filter) {
        FilterSql sql = FilterSql.of(filter);
        SortedDurations<Metric> durations = new SortedDurations<>();
        jdbc.query("SELECT i.mttd_seconds, i.mtta_seconds, i.mttm_seconds, i.mttr_seconds" + COUNTED + sql.where(),
                row -> {
                    for (Metric metric : Metric.values()) {
                        long value = row.getLong(metric.ordinal() + 1);
                        if (!row.wasNull()) {
                            durations.add(metric, value);
                        }
                    }
                }, sql.arguments());
        return durations.sorted(new EnumMap<>(Metric.class));
    }

    /** Time in each phase per incident of the period, ascending per phase. */
    Map<Phase, long[]> phaseDurations(MetricsFilter filter) {
        FilterSql sql = FilterSql.of(filter);
        SortedDurations<Phase> durations = new SortedDurations<>();
        jdbc.query("SELECT p.phase, p.seconds FROM metric_phase_time p JOIN metric_incident i"
                + " ON i.incident_id = p.incident_id" + sql.where(),
                row -> {
                    durations.add(Phase.valueOf(row.getString(1)), row.getLong(2));
                }, sql.arguments());
        return durations.sorted(new EnumMap<>(Phase.class));
    }

    List<Dashboard.Count> byCause(MetricsFilter filter) {
        FilterSql sql = FilterSql.of(filter);
        return jdbc.query("SELECT COALESCE(r.cause_category, 'NONE') AS cause, COUNT(*)" + COUNTED
                + " LEFT JOIN metric_review r ON r.incident_id = i.incident_id" + sql.where()
                + " GROUP BY COALESCE(r.cause_category, 'NONE') ORDER BY COUNT(*) DESC, cause",
                (row, n) -> new Dashboard.Count(row.getString(1), row.getLong(2)), sql.arguments());
    }

    List<Dashboard.Count> byService(MetricsFilter filter) {
        FilterSql sql = FilterSql.of(filter);
        return jdbc.query("SELECT s.service, COUNT(*) FROM metric_incident_service s JOIN metric_incident i"
                + " ON i.incident_id = s.incident_id" + sql.where() + " GROUP BY s.service ORDER BY COUNT(*) DESC, s.service",
                (row, n) -> new Dashboard.Count(row.getString(1), row.getLong(2)), sql.arguments());
    }

    Dashboard.Reports reports(MetricsFilter filter) {
        FilterSql sql = FilterSql.of(filter);
        return jdbc.queryForObject("SELECT COALESCE(SUM(i.report_count), 0), COALESCE(SUM(i.users_affected), 0)"
                + COUNTED + sql.where(), (row, n) -> new Dashboard.Reports(row.getLong(1), row.getLong(2)),
                sql.arguments());
    }

    Dashboard.ActionItems actionItems(MetricsFilter filter, LocalDate today) {
        FilterSql sql = FilterSql.of(filter);
        return jdbc.queryForObject("SELECT COALESCE(SUM(CASE WHEN " + OPEN_ITEM + " THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN " + OPEN_ITEM + " AND a.due_date < ? THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN a.status = 'DONE' THEN 1 ELSE 0 END), 0)"
                + " FROM metric_action_item a JOIN metric_incident i ON i.incident_id = a.incident_id" + sql.where(),
                (row, n) -> new Dashboard.ActionItems(row.getLong(1), row.getLong(2), row.getLong(3)),
                sql.after(Date.valueOf(today)));
    }

    Dashboard.Reviews reviews(MetricsFilter filter) {
        FilterSql sql = FilterSql.of(filter);
        String required = "i.review_required = TRUE AND i.state IN ('RESOLVED', 'CLOSED')";
        return jdbc.queryForObject("SELECT COALESCE(SUM(CASE WHEN " + required + " THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN " + required + " AND r.incident_id IS NOT NULL THEN 1 ELSE 0 END), 0),"
                + " COUNT(r.incident_id)" + COUNTED + " LEFT JOIN metric_review r ON r.incident_id = i.incident_id"
                + sql.where(), (row, n) -> new Dashboard.Reviews(row.getLong(1), row.getLong(2), row.getLong(3)),
                sql.arguments());
    }

    Dashboard.CauseSuggestions causeSuggestions(MetricsFilter filter) {
        FilterSql sql = FilterSql.of(filter);
        return jdbc.queryForObject("SELECT COALESCE(SUM(CASE WHEN i.cause_verdict = 'RIGHT' THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN i.cause_verdict = 'WRONG' THEN 1 ELSE 0 END), 0)" + COUNTED + sql.where(),
                (row, n) -> new Dashboard.CauseSuggestions(row.getLong(1), row.getLong(2)), sql.arguments());
    }

    List<ReviewOutcome> reviewOutcomes(MetricsFilter filter, LocalDate today) {
        FilterSql sql = FilterSql.of(filter);
        List<ReviewOutcome> outcomes = new ArrayList<>();
        jdbc.query("SELECT i.incident_id, i.reference, i.title, i.severity, i.period_at, r.cause_category,"
                + " r.finalised_at, COUNT(a.id), COALESCE(SUM(CASE WHEN a.status = 'DONE' THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN " + OPEN_ITEM + " AND a.due_date < ? THEN 1 ELSE 0 END), 0),"
                + " i.mttd_seconds, i.mtta_seconds, i.mttm_seconds, i.mttr_seconds"
                + COUNTED + " JOIN metric_review r ON r.incident_id = i.incident_id"
                + " LEFT JOIN metric_action_item a ON a.incident_id = i.incident_id" + sql.where()
                + " GROUP BY i.incident_id, i.reference, i.title, i.severity, i.period_at, r.cause_category,"
                + " r.finalised_at, i.mttd_seconds, i.mtta_seconds, i.mttm_seconds, i.mttr_seconds"
                + " ORDER BY i.period_at DESC LIMIT 500",
                row -> {
                    outcomes.add(ReviewOutcomeRows.outcome(row));
                }, sql.after(Date.valueOf(today)));
        return outcomes;
    }

    /** The counted incidents with their response times, newest impact first (at most 500). */
    List<IncidentFigures> incidentFigures(MetricsFilter filter) {
        FilterSql sql = FilterSql.of(filter);
        return jdbc.query("SELECT i.incident_id, i.reference, i.title, i.severity, i.period_at, i.mttd_seconds,"
                + " i.mtta_seconds, i.mttm_seconds, i.mttr_seconds" + COUNTED + sql.where()
                + " ORDER BY i.period_at DESC, i.incident_id DESC LIMIT 500",
                (row, n) -> ReviewOutcomeRows.figures(row), sql.arguments());
    }
}
