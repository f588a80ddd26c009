package org.outagedesk.probe.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.outagedesk.incident.MailService;
import org.outagedesk.probe.FailingPeriod;
import org.outagedesk.probe.ProbeHistory;
import org.outagedesk.probe.ProbeKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps when each endpoint's probes were failing, as periods: a failed run opens one (if none is
 * open for the endpoint and kind), a successful run closes it. Also notes since when each service
 * is probed. Written with each result, in its transaction.
 */
@Component
class FailingPeriods implements ProbeHistory {

    private final JdbcTemplate jdbc;
    private final Set<MailService> known = ConcurrentHashMap.newKeySet();

    FailingPeriods(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records one run's outcome; call inside the transaction that stores the result. Returns whether
     * a failing period opened or closed (or a service was probed for the first time).
     */
    boolean record(long endpointId, ProbeKind kind, Set<MailService> services, Instant at, boolean success) {
        boolean firstTime = noteProbed(services, at);
        if (success) {
            return jdbc.update("UPDATE probe_failing_period SET ended_at = ? WHERE endpoint_id = ? AND kind = ? "
                    + "AND ended_at IS NULL", utc(at), endpointId, kind.name()) > 0 || firstTime;
        }
        Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM probe_failing_period WHERE endpoint_id = ? "
                + "AND kind = ? AND ended_at IS NULL", Integer.class, endpointId, kind.name());
        if (open == null || open == 0) {
            jdbc.update("INSERT INTO probe_failing_period (endpoint_id, kind, services, started_at) VALUES (?, ?, ?, ?)",
                    endpointId, kind.name(), MailService.join(services), utc(at));
            return true;
        }
        return firstTime;
    }

    private boolean noteProbed(Set<MailService> services, Instant at) {
        boolean first = false;
        for (MailService service : services) {
            if (!known.contains(service)) {
                Integer seen = jdbc.queryForObject("SELECT COUNT(*) FROM probe_service_since WHERE service = ?",
                        Integer.class, service.name());
                if (seen == null || seen == 0) {
                    jdbc.update("INSERT INTO probe_service_since (service, since) VALUES (?, ?)", service.name(),
                            utc(at));
                    first = true;
                }
                known.add(service);
            }
        }
        return first;
    }

    /** Removes periods ended before {@code before}. */
    int purgeEndedBefore(Instant before) {
        return jdbc.update("DELETE FROM probe_failing_period WHERE ended_at < ?", utc(before));
    }

    @Override
    @Transactional(readOnly = true)
    public List<FailingPeriod> failingSince(Instant since) {
        return jdbc.query("SELECT endpoint_id, services, started_at, ended_at FROM probe_failing_period "
                + "WHERE ended_at IS NULL OR ended_at > ? ORDER BY started_at, id", (row, index) -> {
                    LocalDateTime ended = row.getObject("ended_at", LocalDateTime.class);
                    return new FailingPeriod(row.getLong("endpoint_id"), MailService.parse(row.getString("services")),
                            instant(row.getObject("started_at", LocalDateTime.class)), ended == null ? null : instant(ended));
                }, utc(since));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<MailService, Instant> probedSince() {
        Map<MailService, Instant> since = new EnumMap<>(MailService.class);
        jdbc.query("SELECT service, since FROM probe_service_since", row -> {
            since.put(MailService.valueOf(row.getString("service")), instant(row.getObject("since", LocalDateTime.class)));
        });
        return since;
    }

    /** Times as UTC wall-clock values, as Hibernate stores every instant here ({@code jdbc.time_zone=UTC}). */
    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
