package org.outagedesk.incident;

import java.util.function.BiFunction;

/**
 * The words of a scope suggestion in one place, so a triage card, the open-incident dialog and the
 * API say the same: what is suggested, and why (how widespread, then scope × impact). The caller
 * brings the translation: the page's, or the API caller's language.
 */
public final class TriageReasons {

    private TriageReasons() {}

    /** "Suggested: All users · SEV1 · critical". */
    public static String suggestion(TriageGroup group, BiFunction<String, Object[], String> t) {
        return t.apply("triage.group.suggestion", new Object[] {label(group.scope(), t), label(group.severity(), t)});
    }

    /**
     * Why: the people, sites and share against the thresholds, then how the severity follows; empty
     * for a suggestion that did not come from reports.
     */
    public static String reason(TriageGroup group, BiFunction<String, Object[], String> t) {
        if (group.reason() == null || group.symptom() == null) {
            return "";
        }
        return t.apply(group.reason().key(), group.reason().argumentArray()) + " "
                + t.apply("triage.reason.severity", new Object[] {label(group.scope(), t),
                        label(Impact.of(group.symptom()), t), label(group.symptom(), t), label(group.severity(), t)});
    }

    private static String label(Enum<?> value, BiFunction<String, Object[], String> t) {
        return t.apply(IncidentLabels.key(value), new Object[0]);
    }
}
