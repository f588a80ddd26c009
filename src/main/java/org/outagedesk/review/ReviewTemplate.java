package org.outagedesk.review;

import java.time.Instant;
import java.util.Locale;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentLabels;
import org.outagedesk.incident.Milestone;

/**
 * The template a review starts from, in Spanish or English: the questions (SOP phase 7 and the
 * retrospective ones) are the form's labels; the template fills in what is already known —
 * the incident's course in "what happened" and its measured times in "was the response adequate".
 * Its times are kept as {@link ReviewTimes} tokens, so each reader sees them in their own zone.
 */
public final class ReviewTemplate {

    /** The questions, in order: message key suffixes of {@code review.q.*} and {@code review.hint.*}. */
    public static final String[] QUESTIONS = {"what-happened", "root-cause", "contributing-factors", "cause",
        "response", "went-well", "to-improve", "prevention"};

    private final BundleI18NProvider i18n;

    public ReviewTemplate(BundleI18NProvider i18n) {
        this.i18n = i18n;
    }

    /** The languages a review can be written in; anything else falls back to the first. */
    public static String language(String requested) {
        return "en".equalsIgnoreCase(requested) ? "en" : "es";
    }

    public ReviewAnswers start(IncidentDetails incident, String language) {
        Locale locale = Locale.forLanguageTag(language(language));
        StringBuilder story = new StringBuilder(i18n.getTranslation("review.template.story", locale,
                incident.reference(), incident.title())).append("\n");
        for (Milestone milestone : Milestone.values()) {
            Instant at = incident.milestone(milestone);
            if (at != null && milestone != Milestone.CLOSED) {
                story.append("- ").append(i18n.getTranslation("incident.milestone." + milestone.name(), locale))
                        .append(": ").append(ReviewTimes.token(at)).append("\n");
            }
        }
        MeasuredTimes times = MeasuredTimes.of(incident.milestones());
        String response = i18n.getTranslation("review.template.response", locale,
                MeasuredTimes.format(times.detect()), MeasuredTimes.format(times.acknowledge()),
                MeasuredTimes.format(times.mitigate()), MeasuredTimes.format(times.resolve()),
                i18n.getTranslation(IncidentLabels.key(incident.severity()), locale));
        return new ReviewAnswers(story.toString().strip(), null, null, null, response, null, null, null);
    }

}
