package org.outagedesk.incident.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.incident.FirstStep;
import org.outagedesk.incident.FirstSteps;
import org.outagedesk.incident.TriageGroup;
import org.outagedesk.incident.TriageReasons;
import org.outagedesk.incident.TriageSignal;
import org.outagedesk.mailerror.ErrorExplanation;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.mailerror.MailErrors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What a triage card, the open-incident dialog and the incident page show under a suggestion, from
 * the same words as the API ({@link TriageReasons}): why, the likely causes, and the SOP checklist
 * items to start with. Built for one page's language and the monitoring signals it last read.
 */
final class SuggestionExplainer {

    private final MailErrors errors;
    private final ObjectProvider<FirstSteps> firstSteps;
    private final Locale language;
    private List<TriageSignal> signals = List.of();

    SuggestionExplainer(MailErrors errors, ObjectProvider<FirstSteps> firstSteps, Locale language) {
        this.errors = errors;
        this.firstSteps = firstSteps;
        this.language = language;
    }

    /** The monitoring signals the page shows now, so the causes name the same failing probes. */
    void signals(List<TriageSignal> current) {
        this.signals = List.copyOf(current);
    }

    /** The reasons, one per line; null when the suggestion did not come from reports. */
    UnorderedList reasons(TriageGroup group, String id) {
        List<String> reasons = TriageReasons.reasons(group, Texts::t);
        return reasons.isEmpty() ? null : list(reasons, id, "suggestion-reasons");
    }

    /**
     * An error as a mail administrator reads it: what it means and whose side it usually is, from the
     * catalogue, in the reader's language; null when it is not recognised.
     */
    Div reading(ErrorSignature signature, String id) {
        if (!signature.recognised()) {
            return null;
        }
        ErrorExplanation explanation = errors.explain(signature, language);
        Div reading = new Div(new Span(Texts.t("triage.group.reading", explanation.meaning())));
        if (explanation.side() != null) {
            reading.add(new Span(explanation.side()));
        }
        reading.setId(id);
        reading.addClassName("suggestion-reading");
        return reading;
    }

    /** The likely causes and the first checklist items, under their titles; null when there is neither. */
    Div causesAndSteps(TriageGroup group, String id) {
        List<String> causes = TriageReasons.probableCauses(group, signals, errors, language, Texts::t);
        List<String> steps = steps(group).stream().map(step -> step.number() + " · " + step.title()).toList();
        if (causes.isEmpty() && steps.isEmpty()) {
            return null;
        }
        Div block = new Div();
        block.setId(id);
        block.addClassName("suggestion-causes");
        if (!causes.isEmpty()) {
            block.add(title("triage.group.causes"), list(causes, id + "-causes", "suggestion-cause-list"));
        }
        if (!steps.isEmpty()) {
            block.add(title("triage.group.first-steps"), list(steps, id + "-steps", "suggestion-step-list"));
        }
        return block;
    }

    /** The SOP items to start with for the group's kind of failure. */
    List<FirstStep> steps(TriageGroup group) {
        return TriageReasons.firstSteps(group, signals, firstSteps, language);
    }

    private static Span title(String key) {
        Span title = new Span(Texts.t(key));
        title.addClassName("suggestion-subtitle");
        return title;
    }

    private static UnorderedList list(List<String> lines, String id, String className) {
        UnorderedList list = new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.setId(id);
        list.addClassName(className);
        return list;
    }
}
