package org.outagedesk.review;

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

    public static ReviewAnswers empty() {
        return new ReviewAnswers(null, null, null, null, null, null, null, null);
    }
}
