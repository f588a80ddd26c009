package org.outagedesk.metrics;

import java.util.List;
import org.outagedesk.incident.Phase;

/** Everything the managers' dashboard shows for one filter; durations in seconds, {@code null} when no incident counts. */
public record Dashboard(
        MetricsFilter filter,
        long incidents,
        long previousIncidents,
        List<Response> response,
        List<PhaseTime> phases,
        List<Count> byCause,
        List<Count> byService,
        Reports reports,
        ActionItems actionItems,
        Reviews reviews,
        CauseSuggestions causeSuggestions) {

    /** One response metric: how many incidents count in it, median and p90, and last period's median. */
    public record Response(Metric metric, long incidents, Long median, Long p90, Long previousMedian) {}

    /** Time in one SOP phase over the incidents that spent time in it. */
    public record PhaseTime(Phase phase, long incidents, Long median, Long p90) {}

    /** Incidents per key (a cause category, {@code NONE} for not yet reviewed, or a mail service). */
    public record Count(String key, long count) {}

    /** Reports linked and distinct people who reported, over the counted incidents. */
    public record Reports(long reports, long usersAffected) {

        public double perIncident(long incidents) {
            return incidents == 0 ? 0 : (double) reports / incidents;
        }
    }

    /** Action items of the counted incidents' reviews; overdue ones are open past their due date. */
    public record ActionItems(long open, long overdue, long done) {}

    /** How often triage's suggested cause and first checklist items were right, as IT staff rated them. */
    public record CauseSuggestions(long right, long wrong) {

        /** Right as a share of the rated, in whole percent; null when none was rated. */
        public Integer rightPercent() {
            long rated = right + wrong;
            return rated == 0 ? null : (int) Math.round(100.0 * right / rated);
        }
    }

    /** Reviews: required (SEV1–SEV2, resolved), of those finalised, and all finalised. */
    public record Reviews(long required, long requiredFinal, long finalised) {

        public Integer completionPercent() {
            return required == 0 ? null : (int) Math.round(100.0 * requiredFinal / required);
        }
    }
}
