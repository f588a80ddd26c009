package org.outagedesk.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.outagedesk.mailerror.ErrorExplanation;

/**
 * The words of a scope suggestion in one place, so a triage card, the open-incident dialog and the
 * API say the same: what is suggested, why (how widespread, what the error and the probes say, then
 * scope × impact), and the likely causes. The caller brings the translation: the page's, or the API
 * caller's language.
 */
public final class TriageReasons {

    private TriageReasons() {}

    /** "Suggested: All users · SEV1 · critical". */
    public static String suggestion(TriageGroup group, BiFunction<String, Object[], String> t) {
        return t.apply("triage.group.suggestion", new Object[] {label(group.scope(), t), label(group.severity(), t)});
    }

    /**
     * Why, one sentence each: the reason that decided the scope, what supports it, then how the
     * severity follows; empty for a suggestion that did not come from reports.
     */
    public static List<String> reasons(TriageGroup group, BiFunction<String, Object[], String> t) {
        if (group.reasons().isEmpty() || group.symptom() == null) {
            return List.of();
        }
        List<String> sentences = new ArrayList<>();
        group.reasons().forEach(reason -> sentences.add(t.apply(reason.key(), reason.argumentArray())));
        sentences.add(t.apply("triage.reason.severity", new Object[] {label(group.scope(), t),
                label(Impact.of(group.symptom()), t), label(group.symptom(), t), label(group.severity(), t)}));
        return sentences;
    }

    /** The reasons as one paragraph. */
    public static String reason(TriageGroup group, BiFunction<String, Object[], String> t) {
        return String.join(" ", reasons(group, t));
    }

    /**
     * The likely causes: the catalogue's for the shared error, then each failing probe of the group's
     * services with what it says.
     *
     * @param explanation the group's signature explained in the same language
     * @param signals the current monitoring signals in the same language
     */
    public static List<String> probableCauses(TriageGroup group, ErrorExplanation explanation,
            List<TriageSignal> signals, BiFunction<String, Object[], String> t) {
        List<String> causes = new ArrayList<>();
        if (group.signature().recognised() && explanation.probableCause() != null) {
            causes.add(explanation.probableCause());
        }
        signals.stream().filter(signal -> group.failingProbes().contains(signal.key()))
                .forEach(signal -> causes.add(t.apply("triage.cause.probe", new Object[] {signal.title(),
                        signal.evidence() == null ? signal.detail() : signal.detail() + " (" + signal.evidence() + ")"})));
        return causes;
    }

    private static String label(Enum<?> value, BiFunction<String, Object[], String> t) {
        return t.apply(IncidentLabels.key(value), new Object[0]);
    }
}
