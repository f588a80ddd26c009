package org.outagedesk.runbook;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.outagedesk.incident.Phase;

/**
 * One checklist item of a run as it stands: its template text, state, who did and signed it,
 * its notes and evidence. {@code version} goes back with a change, so stale screens are refused.
 */
public record RunbookItem(long id, Phase phase, String number, String titleEs, String titleEn, String hintEs,
        String hintEn, boolean required, boolean needsSecondVerifier, ItemKind kind, ItemState state, String naReason,
        Long assigneeId, String assigneeName, String doneByName, Instant doneAt, Long firstSignerId,
        String firstSignerName, Instant firstSignedAt, Long secondSignerId, String secondSignerName,
        Instant secondSignedAt, String updatedByName, long version, List<ItemNote> notes, List<Evidence> evidence) {

    public String title(Locale locale) {
        return "es".equals(locale.getLanguage()) ? titleEs : titleEn;
    }

    public String hint(Locale locale) {
        return "es".equals(locale.getLanguage()) ? hintEs : hintEn;
    }

    /** Whether this item needs sign-off rather than a plain "done". */
    public boolean signed() {
        return kind == ItemKind.VERIFICATION;
    }
}
