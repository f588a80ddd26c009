package org.outagedesk.probe.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.outagedesk.probe.ProbeError;
import org.outagedesk.probe.ProbeKind;
import org.outagedesk.probe.ProbeResult;
import org.outagedesk.probe.ProbeStep;

/** One recorded probe run; append-only, removed after the retention period. */
@Entity
@Immutable
@Table(name = "probe_result")
class ResultEntry {

    private static final int MAX_STEPS_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long endpointId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ProbeKind kind;

    private Instant startedAt;
    private boolean success;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "error_kind")
    private ProbeError error;

    @Column(name = "error_message")
    private String message;
    private long totalMillis;
    private Integer certificateDaysLeft;
    private String steps;

    protected ResultEntry() {}

    ResultEntry(long endpointId, ProbeKind kind, Instant startedAt, ProbeOutcome outcome) {
        this.endpointId = endpointId;
        this.kind = kind;
        this.startedAt = startedAt;
        this.success = outcome.success();
        this.error = outcome.error();
        this.message = outcome.message() == null ? null : cut(outcome.message(), 1000);
        this.totalMillis = outcome.totalMillis();
        this.certificateDaysLeft = outcome.certificateDaysLeft();
        this.steps = cut(encode(outcome.steps()), MAX_STEPS_TEXT);
    }

    long endpointId() {
        return endpointId;
    }

    boolean success() {
        return success;
    }

    long totalMillis() {
        return totalMillis;
    }

    Instant startedAt() {
        return startedAt;
    }

    ProbeResult view(String endpointName) {
        return new ProbeResult(id, endpointId, endpointName, kind, startedAt, success, error, message, totalMillis,
                certificateDaysLeft, decode(steps));
    }

    /** One line per step: name, milliseconds, ok, detail, separated by tabs. */
    private static String encode(List<ProbeStep> list) {
        StringBuilder text = new StringBuilder();
        for (ProbeStep step : list) {
            text.append(step.name()).append('\t').append(step.millis()).append('\t').append(step.ok()).append('\t')
                    .append(step.detail() == null ? "" : step.detail().replace('\t', ' ').replace('\n', ' '))
                    .append('\n');
        }
        return text.toString();
    }

    private static List<ProbeStep> decode(String text) {
        List<ProbeStep> list = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", 4);
            if (parts.length == 4) {
                list.add(new ProbeStep(parts[0], Long.parseLong(parts[1]), Boolean.parseBoolean(parts[2]),
                        parts[3].isEmpty() ? null : parts[3]));
            }
        }
        return list;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
