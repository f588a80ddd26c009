package org.outagedesk.incident;

import java.util.List;
import java.util.Locale;

/**
 * Asked before an incident moves to a later phase (implemented by the runbook module): the
 * required checklist items of earlier phases that are still open. A non-empty answer refuses
 * the move ({@link PhaseGateRefused}) unless the commander overrides it with a reason.
 */
public interface PhaseGate {

    /** The required items before {@code target} still open, in checklist order; empty lets it pass. */
    List<OpenItem> openRequiredItemsBefore(long incidentId, Phase target);

    /**
     * A required item still open, as the run's template words it in both languages.
     *
     * @param number its number in the checklist, e.g. {@code 3.2}
     * @param anchor what names the item on the incident page, to bring it into view
     */
    record OpenItem(String number, String titleEs, String titleEn, String anchor) {

        public String title(Locale locale) {
            return "es".equals(locale.getLanguage()) ? titleEs : titleEn;
        }

        /** "3.2 Check the server logs" in the reader's language. */
        public String label(Locale locale) {
            return number + " " + title(locale);
        }
    }
}
