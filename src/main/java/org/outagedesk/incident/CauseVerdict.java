package org.outagedesk.incident;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What IT staff said of triage's suggested causes and first checklist items for an incident. Kept on
 * the timeline (a change of the field {@value #FIELD}), so the review and the metrics read who said
 * it and when, and a later change of mind is history, not an overwrite.
 */
public enum CauseVerdict {
    RIGHT,
    WRONG;

    /** The timeline field a rating changes. */
    public static final String FIELD = "causeSuggestion";

    /** The incident's latest rating, from its timeline; empty when nobody rated the suggestion. */
    public static Optional<TimelineItem> latest(List<TimelineItem> timeline) {
        return timeline.stream()
                .filter(item -> item.kind() == TimelineKind.CHANGED && FIELD.equals(item.field())
                        && item.copiedFrom() == null && item.after() != null)
                .max(Comparator.comparing(TimelineItem::at).thenComparingLong(TimelineItem::id));
    }

    /** The verdict of a rating entry. */
    public static CauseVerdict of(TimelineItem rating) {
        return valueOf(rating.after());
    }
}
