package org.outagedesk.metrics.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.outagedesk.incident.Milestone;
import org.outagedesk.metrics.Metric;
import org.outagedesk.review.ActionItemChanged;
import org.outagedesk.review.ReviewFinalised;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes the metrics read model: an incident replaces its rows; reviews and action items are upserted. */
@Component
class ReadModelWriter {

    private static final String INCIDENT_COLUMNS = "reference = ?, title = ?, severity = ?, state = ?, excluded = ?,"
            + " period_at = ?, opened_at = ?, impact_started_at = ?, detected_at = ?, acknowledged_at = ?,"
            + " mitigated_at = ?, resolved_at = ?, closed_at = ?, mttd_seconds = ?, mtta_seconds = ?,"
            + " mttm_seconds = ?, mttr_seconds = ?, report_count = ?, users_affected = ?, review_required = ?,"
            + " cause_verdict = ?";

    private final JdbcTemplate jdbc;

    ReadModelWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void write(IncidentRow row) {
        Object[] values = incidentValues(row);
        Object[] withId = append(values, row.id());
        if (jdbc.update("UPDATE metric_incident SET " + INCIDENT_COLUMNS + " WHERE incident_id = ?", withId) == 0) {
            jdbc.update("INSERT INTO metric_incident (reference, title, severity, state, excluded, period_at, opened_at,"
                    + " impact_started_at, detected_at, acknowledged_at, mitigated_at, resolved_at, closed_at,"
                    + " mttd_seconds, mtta_seconds, mttm_seconds, mttr_seconds, report_count, users_affected,"
                    + " review_required, cause_verdict, incident_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    withId);
        }
        jdbc.update("DELETE FROM metric_incident_service WHERE incident_id = ?", row.id());
        jdbc.batchUpdate("INSERT INTO metric_incident_service (incident_id, service) VALUES (?, ?)",
                row.services().stream().map(service -> new Object[] {row.id(), service.name()}).toList());
        jdbc.update("DELETE FROM metric_phase_time WHERE incident_id = ?", row.id());
        jdbc.batchUpdate("INSERT INTO metric_phase_time (incident_id, phase, seconds) VALUES (?, ?, ?)",
                row.phaseTimes().entrySet().stream()
                        .map(entry -> new Object[] {row.id(), entry.getKey().name(), entry.getValue().toSeconds()})
                        .toList());
    }

    @Transactional
    void write(ReviewFinalised review) {
        Object[] values = {review.reviewId(), review.cause().name(), timestamp(review.finalisedAt()), review.incidentId()};
        if (jdbc.update("UPDATE metric_review SET review_id = ?, cause_category = ?, finalised_at = ?"
                + " WHERE incident_id = ?", values) == 0) {
            jdbc.update("INSERT INTO metric_review (review_id, cause_category, finalised_at, incident_id)"
                    + " VALUES (?, ?, ?, ?)", values);
        }
    }

    @Transactional
    void write(ActionItemChanged item) {
        Object[] values = {item.reviewId(), item.incidentId(), item.status().name(), item.priority().name(),
                item.dueDate(), item.team(), timestamp(item.changedAt()), item.actionItemId()};
        if (jdbc.update("UPDATE metric_action_item SET review_id = ?, incident_id = ?, status = ?, priority = ?,"
                + " due_date = ?, team = ?, changed_at = ? WHERE id = ?", values) == 0) {
            jdbc.update("INSERT INTO metric_action_item (review_id, incident_id, status, priority, due_date, team,"
                    + " changed_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
    }

    long incidentCount() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM metric_incident", Long.class);
        return count == null ? 0 : count;
    }

    private static Object[] incidentValues(IncidentRow row) {
        return new Object[] {row.reference(), row.title(), row.severity().name(), row.state().name(), row.excluded(),
            timestamp(row.periodAt()), timestamp(row.openedAt()), milestone(row, Milestone.IMPACT_STARTED),
            milestone(row, Milestone.DETECTED), milestone(row, Milestone.ACKNOWLEDGED),
            milestone(row, Milestone.MITIGATED), milestone(row, Milestone.RESOLVED), milestone(row, Milestone.CLOSED),
            seconds(row, Metric.MTTD), seconds(row, Metric.MTTA), seconds(row, Metric.MTTM), seconds(row, Metric.MTTR),
            row.reportCount(), row.usersAffected(), row.reviewRequired(),
            row.causeVerdict() == null ? null : row.causeVerdict().name()};
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] result = Arrays.copyOf(values, values.length + 1);
        result[values.length] = last;
        return result;
    }

    private static Timestamp milestone(IncidentRow row, Milestone milestone) {
        return timestamp(row.milestones().get(milestone));
    }

    private static Long seconds(IncidentRow row, Metric metric) {
        Duration duration = row.durations().get(metric);
        return duration == null ? null : duration.toSeconds();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
