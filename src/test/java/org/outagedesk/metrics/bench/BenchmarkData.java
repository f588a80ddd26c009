package org.outagedesk.metrics.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Phase;
import org.outagedesk.review.CauseCategory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the metrics read model with {@value #INCIDENTS} incidents over three years and the
 * report table with {@value #REPORTS} reports linked to them (fixed seed, so every run builds
 * the same data), using multi-row INSERTs of {@value #BATCH} rows.
 */
final class BenchmarkData {

    static final int INCIDENTS = 10_000;
    static final int REPORTS = 1_000_000;
    static final int BATCH = 1_000;
    static final long FIRST_ID = 1;

    private final JdbcTemplate jdbc;
    private final Random random = new Random(20261127);
    private final Instant now;

    BenchmarkData(JdbcTemplate jdbc, Instant now) {
        this.jdbc = jdbc;
        this.now = now;
    }

    boolean present() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM metric_incident", Long.class);
        return count != null && count >= INCIDENTS;
    }

    void generate() {
        int[] reportsPerIncident = spreadReports();
        Rows incidents = new Rows("INSERT INTO metric_incident (incident_id, reference, title, severity, state, excluded,"
                + " period_at, opened_at, impact_started_at, detected_at, acknowledged_at, mitigated_at, resolved_at,"
                + " closed_at, mttd_seconds, mtta_seconds, mttm_seconds, mttr_seconds, report_count, users_affected,"
                + " review_required) VALUES ");
        Rows services = new Rows("INSERT INTO metric_incident_service (incident_id, service) VALUES ");
        Rows phases = new Rows("INSERT INTO metric_phase_time (incident_id, phase, seconds) VALUES ");
        Rows reviews = new Rows("INSERT INTO metric_review (incident_id, review_id, cause_category, finalised_at) VALUES ");
        Rows items = new Rows("INSERT INTO metric_action_item (id, review_id, incident_id, status, priority, due_date,"
                + " team, changed_at) VALUES ");
        long itemId = 1;
        for (int i = 0; i < INCIDENTS; i++) {
            long id = FIRST_ID + i;
            Instant impact = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
            long mttd = minutes(5, 120);
            long mtta = minutes(2, 60);
            long mttm = mttd + mtta + minutes(10, 600);
            long mttr = mttm + minutes(10, 1200);
            String severity = "SEV" + (1 + random.nextInt(4));
            boolean merged = random.nextInt(50) == 0;
            boolean closed = !merged && random.nextInt(10) < 8;
            String state = merged ? "MERGED" : closed ? "CLOSED" : "RESOLVED";
            int reports = reportsPerIncident[i];
            incidents.add(id, "INC-" + id, "Benchmark outage " + id, severity, state, merged, ts(impact), ts(impact),
                    ts(impact), ts(impact.plusSeconds(mttd)), ts(impact.plusSeconds(mttd + mtta)),
                    ts(impact.plusSeconds(mttm)), ts(impact.plusSeconds(mttr)),
                    closed ? ts(impact.plusSeconds(mttr + 86_400)) : null, mttd, mtta, mttm, mttr, reports,
                    Math.max(0, reports - random.nextInt(1 + reports / 10)), severity.equals("SEV1")
                            || severity.equals("SEV2"));
            MailService first = MailService.values()[random.nextInt(MailService.values().length)];
            services.add(id, first.name());
            MailService second = MailService.values()[random.nextInt(MailService.values().length)];
            if (second != first && random.nextBoolean()) {
                services.add(id, second.name());
            }
            if (closed) {
                for (Phase phase : Phase.values()) {
                    phases.add(id, phase.name(), minutes(1, 240));
                }
            }
            if (closed && random.nextInt(10) < 7) {
                CauseCategory cause = CauseCategory.values()[random.nextInt(CauseCategory.values().length)];
                reviews.add(id, id, cause.name(), ts(impact.plus(Duration.ofDays(3))));
                for (int n = random.nextInt(4); n > 0; n--) {
                    String status = List.of("OPEN", "IN_PROGRESS", "DONE", "DONE", "CANCELLED").get(random.nextInt(5));
                    LocalDate due = LocalDate.ofInstant(impact, ZoneOffset.UTC).plusDays(14 + random.nextInt(60));
                    items.add(itemId++, id, id, status, "MEDIUM", Date.valueOf(due), "IT", ts(impact.plus(Duration.ofDays(4))));
                }
            }
            incidents.flushIfFull();
            services.flushIfFull();
            phases.flushIfFull();
            reviews.flushIfFull();
            items.flushIfFull();
        }
        List.of(incidents, services, phases, reviews, items).forEach(Rows::flush);
        reports(reportsPerIncident);
    }

    /** Exactly {@value #REPORTS} reports over the incidents, most incidents few, some very many. */
    private int[] spreadReports() {
        int[] counts = new int[INCIDENTS];
        for (int r = 0; r < REPORTS; r++) {
            int index = (int) Math.min(INCIDENTS - 1, Math.abs(random.nextGaussian()) * INCIDENTS / 2.5);
            counts[index]++;
        }
        return counts;
    }

    private void reports(int[] reportsPerIncident) {
        Rows reports = new Rows("INSERT INTO problem_report (reporter_id, reporter_name, reporter_email, symptom, client,"
                + " status, incident_id, joined_incident, has_screenshot, created_at, updated_at, version) VALUES ");
        Timestamp at = ts(now);
        for (int i = 0; i < INCIDENTS; i++) {
            for (int r = 0; r < reportsPerIncident[i]; r++) {
                long reporter = 1 + random.nextInt(5_000);
                reports.add(reporter, "Reporter " + reporter, "r" + reporter + "@bench.local", "CANNOT_SEND",
                        "WEBMAIL", "RESOLVED", FIRST_ID + i, false, false, at, at, 0);
                reports.flushIfFull();
            }
        }
        reports.flush();
    }

    private long minutes(int least, int most) {
        return 60L * (least + (long) (Math.exp(random.nextDouble() * Math.log(most - least + 1)) - 1));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /** Rows of one table, written as one multi-row INSERT every {@value #BATCH} rows. */
    private final class Rows {

        private final String insert;
        private final List<Object> values = new ArrayList<>();
        private final StringBuilder tuples = new StringBuilder();
        private int rows;

        Rows(String insert) {
            this.insert = insert;
        }

        void add(Object... row) {
            tuples.append(rows == 0 ? "(" : ",(").append("?,".repeat(row.length - 1)).append("?)");
            values.addAll(Arrays.asList(row));
            rows++;
        }

        void flushIfFull() {
            if (rows >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (rows > 0) {
                jdbc.update(insert + tuples, values.toArray());
                values.clear();
                tuples.setLength(0);
                rows = 0;
            }
        }
    }
}
