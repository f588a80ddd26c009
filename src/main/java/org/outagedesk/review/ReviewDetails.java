package org.outagedesk.review;

import java.time.Instant;
import java.util.List;
import org.outagedesk.incident.Severity;

/**
 * One incident's review with its participants, comments and action items. {@code version} is
 * what a change must carry back, so an edit made on stale text is refused instead of overwriting.
 */
public record ReviewDetails(
        long id,
        long incidentId,
        String incidentReference,
        String incidentTitle,
        Severity severity,
        String language,
        ReviewStatus status,
        ReviewAnswers answers,
        List<ReviewParticipant> participants,
        List<ReviewComment> comments,
        List<ActionItem> actionItems,
        Instant startedAt,
        String startedByName,
        Instant finalisedAt,
        String finalisedByName,
        long version) {

    public boolean isFinal() {
        return status == ReviewStatus.FINAL;
    }

    public boolean hasParticipant(long accountId) {
        return participants.stream().anyMatch(participant -> participant.accountId() == accountId);
    }
}
