package org.outagedesk.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.outagedesk.incident.Milestone;

/**
 * How fast one incident was handled, from its milestones (the same definitions as the metrics):
 * MTTD = detected − impact started, MTTA = acknowledged − detected, MTTM = mitigated − impact
 * started, MTTR = resolved − impact started. A missing milestone gives {@code null}.
 */
public record MeasuredTimes(Duration detect, Duration acknowledge, Duration mitigate, Duration resolve) {

    public static MeasuredTimes of(Map<Milestone, Instant> milestones) {
        Instant impact = milestones.get(Milestone.IMPACT_STARTED);
        Instant detected = milestones.get(Milestone.DETECTED);
        return new MeasuredTimes(between(impact, detected),
                between(detected, milestones.get(Milestone.ACKNOWLEDGED)),
                between(impact, milestones.get(Milestone.MITIGATED)),
                between(impact, milestones.get(Milestone.RESOLVED)));
    }

    private static Duration between(Instant from, Instant to) {
        return from == null || to == null ? null : Duration.between(from, to);
    }

    /** "1 h 05 min", "12 min", "45 s" or "—". */
    public static String format(Duration duration) {
        if (duration == null) {
            return "—";
        }
        long seconds = Math.abs(duration.toSeconds());
        String sign = duration.isNegative() ? "−" : "";
        if (seconds < 60) {
            return sign + seconds + " s";
        }
        long minutes = seconds / 60;
        return minutes < 60 ? sign + minutes + " min" : sign + "%d h %02d min".formatted(minutes / 60, minutes % 60);
    }
}
