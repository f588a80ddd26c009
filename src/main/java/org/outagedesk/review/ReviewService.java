package org.outagedesk.review;

import java.util.List;
import java.util.Optional;
import org.outagedesk.incident.Severity;

/**
 * Post-incident reviews. IT staff and managers read them; IT staff start and write them; the
 * participants comment; the incident's commander finalises, which publishes the findings to
 * managers, emits {@link ReviewFinalised} and closes the resolved incident. Refusals people can
 * act on are {@link ReviewException}s.
 */
public interface ReviewService {

    /** SEV1 and SEV2 incidents need a final review before they close; others may have one. */
    static boolean required(Severity severity) {
        return severity == Severity.SEV1 || severity == Severity.SEV2;
    }

    Optional<ReviewDetails> forIncident(long incidentId);

    /**
     * Starts the review of a resolved (or closed) incident from the template in {@code language}
     * ({@code es} or {@code en}) and invites everyone involved, in the portal and by e-mail.
     */
    ReviewDetails start(long incidentId, String language);

    /** Saves the answers, if the review is still at {@code expectedVersion} and not final. */
    ReviewDetails save(long reviewId, long expectedVersion, ReviewAnswers answers);

    /** Adds the signed-in participant's comment. */
    ReviewDetails comment(long reviewId, String text);

    /** The commander makes the review final; the resolved incident closes with it. */
    ReviewDetails finalise(long reviewId, long expectedVersion);

    /** Final reviews, newest first (the findings managers read). */
    List<ReviewDetails> finalised();
}
