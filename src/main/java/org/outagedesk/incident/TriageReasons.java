package org.outagedesk.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.Locale;
import java.util.Objects;
import org.outagedesk.mailerror.ErrorCategory;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.mailerror.MailErrors;

/**
 * The words of a scope suggestion in one place, so a triage card, the open-incident dialog and the
 * API say the same: what is suggested, why (how widespread, what the error and the probes say, then
 * scope × impact), and the likely causes. The caller brings the translation: the page's, or the API
 * caller's language.
 */
public final class TriageReasons {

    /** Failing probes named one by one among the causes; the rest are counted (they are on the signal cards). */
    static final int MAX_PROBE_CAUSES = 3;

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
     * services with its kind of failure and, when the catalogue knows the failure, its usual cause.
     *
     * @param signals the current monitoring signals in the same language
     */
    public static List<String> probableCauses(TriageGroup group, List<TriageSignal> signals, MailErrors errors,
            Locale language, BiFunction<String, Object[], String> t) {
        List<String> causes = new ArrayList<>();
        String shared = cause(group.signature(), errors, language);
        if (shared != null) {
            causes.add(shared);
        }
        List<TriageSignal> failing = failing(group, signals);
        for (TriageSignal signal : failing.subList(0, Math.min(MAX_PROBE_CAUSES, failing.size()))) {
            // The kind of failure in the reader's words; the server's own words stay on the signal card, marked as such.
            String line = t.apply("triage.cause.probe", new Object[] {signal.title(), signal.detail()});
            String usual = cause(signal.signature(), errors, language);
            causes.add(usual == null || usual.equals(shared) ? line : line + " " + usual);
        }
        if (failing.size() > MAX_PROBE_CAUSES) {
            causes.add(t.apply("triage.cause.more-probes", new Object[] {failing.size() - MAX_PROBE_CAUSES}));
        }
        return causes;
    }

    /**
     * The kind of failure that picks the checklist items to start with: the shared error's, else the
     * first failing probe's; null when neither says.
     */
    public static ErrorCategory failureKind(TriageGroup group, List<TriageSignal> signals) {
        if (group.signature().category() != null) {
            return group.signature().category();
        }
        return failing(group, signals).stream().map(signal -> signal.signature().category())
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * The SOP checklist items to start with, from whoever keeps the checklist (none when nobody does),
     * for the group's kind of failure; the same for a card, the dialog, the incident page and the API.
     */
    public static List<FirstStep> firstSteps(TriageGroup group, List<TriageSignal> signals, Iterable<FirstSteps> sources,
            Locale language) {
        List<FirstStep> steps = new ArrayList<>();
        ErrorCategory kind = failureKind(group, signals);
        sources.forEach(source -> steps.addAll(source.forFailure(kind, !group.failingProbes().isEmpty(), language)));
        return steps;
    }

    private static List<TriageSignal> failing(TriageGroup group, List<TriageSignal> signals) {
        return signals.stream().filter(signal -> group.failingProbes().contains(signal.key())).toList();
    }

    private static String cause(ErrorSignature signature, MailErrors errors, Locale language) {
        return signature.recognised() ? errors.explain(signature, language).probableCause() : null;
    }

    private static String label(Enum<?> value, BiFunction<String, Object[], String> t) {
        return t.apply(IncidentLabels.key(value), new Object[0]);
    }
}
