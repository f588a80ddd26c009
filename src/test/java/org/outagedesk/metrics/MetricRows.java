package org.outagedesk.metrics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes hand-built rows straight into the metrics read model, for aggregate tests. */
final class MetricRows {

    private final JdbcTemplate jdbc;

    MetricRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An incident with its durations (seconds, {@code null} = not counted) and counts. */
    void incident(long id, String severity, String state, boolean excluded, String periodAt, Long mttd, Long mtta,
            Long mttm, Long mttr, int reports, int users, String... services) {
        Timestamp at = Timestamp.from(Instant.parse(periodAt));
        jdbc.update("INSERT INTO metric_incident (incident_id, reference, title, severity, state, excluded, period_at,"
                + " opened_at, impact_started_at, mttd_seconds, mtta_seconds, mttm_seconds, mttr_seconds, report_count,"
                + " users_affected, review_required) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                id, "INC-" + id, "Incident " + id, severity, state, excluded, at, at, at, mttd, mtta, mttm, mttr,
                reports, users, severity.equals("SEV1") || severity.equals("SEV2"));
        for (String service : services) {
            jdbc.update("INSERT INTO metric_incident_service (incident_id, service) VALUES (?, ?)", id, service);
        }
    }

    void phase(long incidentId, String phase, long seconds) {
        jdbc.update("INSERT INTO metric_phase_time (incident_id, phase, seconds) VALUES (?, ?, ?)", incidentId, phase,
                seconds);
    }

    void review(long incidentId, String cause, String finalisedAt) {
        jdbc.update("INSERT INTO metric_review (incident_id, review_id, cause_category, finalised_at) VALUES (?,?,?,?)",
                incidentId, incidentId + 1_000, cause, Timestamp.from(Instant.parse(finalisedAt)));
    }

    void actionItem(long id, long incidentId, String status, String dueDate) {
        jdbc.update("INSERT INTO metric_action_item (id, review_id, incident_id, status, priority, due_date, team,"
                + " changed_at) VALUES (?,?,?,?,?,?,?,?)", id, incidentId + 1_000, incidentId, status, "MEDIUM",
                dueDate == null ? null : Date.valueOf(LocalDate.parse(dueDate)), "IT",
                Timestamp.from(Instant.now()));
    }
}
