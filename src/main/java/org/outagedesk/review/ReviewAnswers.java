package org.outagedesk.review;

import java.time.Instant;
import java.util.function.Function;

/**
 * The answers to the review's questions (SOP phase 7 and the usual retrospective questions).
 * Every text may be {@code null} while the review is a draft.
 */
public record ReviewAnswers(
        String whatHappened,
        String rootCause,
        String contributingFactors,
        CauseCategory cause,
        String responseAssessment,
        String wentWell,
        String toImprove,
        String prevention) {

    /** The answers as one reader reads them: the times they carry ({@link ReviewTimes}) put into words. */
    public ReviewAnswers withTimes(Function<Instant, String> time) {
        return new ReviewAnswers(ReviewTimes.render(whatHappened, time), ReviewTimes.render(rootCause, time),
                ReviewTimes.render(contributingFactors, time), cause, ReviewTimes.render(responseAssessment, time),
                ReviewTimes.render(wentWell, time), ReviewTimes.render(toImprove, time),
                ReviewTimes.render(prevention, time));
    }

    public static ReviewAnswers empty() {
        return new ReviewAnswers(null, null, null, null, null, null, null, null);
    }
}
