package org.outagedesk.incident.ui;

import java.util.stream.Collectors;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.incident.Impact;
import org.outagedesk.incident.TriageGroup;

/**
 * The words of a scope suggestion, the same on a triage card and in the open-incident dialog:
 * what is suggested, and why (how widespread, then scope × impact).
 */
final class SuggestionText {

    private SuggestionText() {}

    /** "Suggested: All users · SEV1 · critical". */
    static String suggestion(TriageGroup group) {
        return Texts.t("triage.group.suggestion", IncidentUi.label(group.scope()), IncidentUi.label(group.severity()));
    }

    /**
     * Why: the people, sites and share against the thresholds, then how the severity follows; empty
     * for a suggestion that did not come from reports.
     */
    static String reason(TriageGroup group) {
        if (group.reason() == null || group.symptom() == null) {
            return "";
        }
        return Texts.t(group.reason().key(), group.reason().argumentArray()) + " "
                + Texts.t("triage.reason.severity", IncidentUi.label(group.scope()),
                        IncidentUi.label(Impact.of(group.symptom())), IncidentUi.label(group.symptom()),
                        IncidentUi.label(group.severity()));
    }

    /** The mail clients the reports came from, e.g. "Outlook / desktop, Webmail". */
    static String clients(TriageGroup group) {
        return group.clients().stream().map(IncidentUi::label).collect(Collectors.joining(", "));
    }
}
