package org.outagedesk.incident.ui;

import java.util.stream.Collectors;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.incident.TriageGroup;
import org.outagedesk.incident.TriageReasons;

/**
 * The words of a scope suggestion, the same on a triage card and in the open-incident dialog:
 * what is suggested, and by which mail clients.
 */
final class SuggestionText {

    private SuggestionText() {}

    /** "Suggested: All users · SEV1 · critical". */
    static String suggestion(TriageGroup group) {
        return TriageReasons.suggestion(group, Texts::t);
    }

    /** The mail clients the reports came from, e.g. "Outlook / desktop, Webmail". */
    static String clients(TriageGroup group) {
        return group.clients().stream().map(IncidentUi::label).collect(Collectors.joining(", "));
    }
}
