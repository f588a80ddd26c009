package org.outagedesk.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.Phase;

/**
 * The metric definitions, as pure functions (shown to managers on the dashboard):
 * <ul>
 * <li>MTTD = detected − impact started; MTTA = acknowledged − detected;
 * MTTM = mitigated − impact started; MTTR = resolved − impact started.</li>
 * <li>Merged incidents count nowhere (their reports live on in the survivor). Declined reports
 * never become incidents, so there is nothing else to leave out.</li>
 * <li>A missing milestone, or one earlier than its start, leaves the incident out of that
 * metric only.</li>
 * <li>Reopened incidents: MTTR counts only while the incident is resolved or closed, from its
 * latest resolution; an incident reopened and not yet resolved again has no MTTR.</li>
 * <li>Time in a phase adds up every visit; the phase an incident is still in is left out
 * until the incident is closed.</li>
 * <li>Median and p90 interpolate linearly between the two nearest values (as SQL's
 * PERCENTILE_CONT does).</li>
 * </ul>
 */
public final class MetricDefinitions {

    private MetricDefinitions() {}

    /** The metrics this incident counts in, with their durations. */
    public static Map<Metric, Duration> durations(IncidentTimeline incident) {
        Map<Metric, Duration> result = new EnumMap<>(Metric.class);
        if (incident.state() == IncidentState.MERGED) {
            return result;
        }
        put(result, Metric.MTTD, incident.impactStarted(), incident.detected());
        put(result, Metric.MTTA, incident.detected(), incident.acknowledged());
        put(result, Metric.MTTM, incident.impactStarted(), incident.mitigated());
        boolean resolvedNow = incident.state() == IncidentState.RESOLVED || incident.state() == IncidentState.CLOSED;
        if (resolvedNow) {
            put(result, Metric.MTTR, incident.impactStarted(), incident.resolved());
        }
        return result;
    }

    /**
     * Time spent in each phase: from opening in {@code initial}, through each change, until
     * {@code endedAt} (the close); with {@code endedAt == null} the current phase is left out.
     */
    public static Map<Phase, Duration> phaseTimes(Instant openedAt, Phase initial, List<PhaseChange> changes,
            Instant endedAt) {
        Map<Phase, Duration> result = new EnumMap<>(Phase.class);
        List<PhaseChange> ordered = changes.stream().sorted(Comparator.comparing(PhaseChange::at)).toList();
        Phase current = initial;
        Instant since = openedAt;
        for (PhaseChange change : ordered) {
            add(result, current, since, change.at());
            current = change.to();
            since = change.at();
        }
        if (endedAt != null) {
            add(result, current, since, endedAt);
        }
        return result;
    }

    /** The {@code fraction} percentile (0.5 = median) of ascending values, or {@code null} when empty. */
    public static Long percentile(long[] ascending, double fraction) {
        if (ascending.length == 0) {
            return null;
        }
        double position = (ascending.length - 1) * fraction;
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        double value = ascending[below] + (ascending[above] - ascending[below]) * (position - below);
        return Math.round(value);
    }

    private static void put(Map<Metric, Duration> result, Metric metric, Instant from, Instant to) {
        if (from != null && to != null && !to.isBefore(from)) {
            result.put(metric, Duration.between(from, to));
        }
    }

    private static void add(Map<Phase, Duration> result, Phase phase, Instant from, Instant to) {
        if (from != null && to != null && to.isAfter(from)) {
            result.merge(phase, Duration.between(from, to), Duration::plus);
        }
    }
}
