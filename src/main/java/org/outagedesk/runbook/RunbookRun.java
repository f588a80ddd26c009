package org.outagedesk.runbook;

import java.util.List;
import java.util.Locale;
import org.outagedesk.incident.Phase;

/** An incident's checklist: the template version it started with, its items in order, and the action log. */
public record RunbookRun(long runId, long incidentId, long templateId, String templateKey, int templateVersion,
        String nameEs, String nameEn, List<RunbookItem> items, List<ActionEntry> actions, boolean progressed) {

    public String name(Locale locale) {
        return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
    }

    public List<RunbookItem> items(Phase phase) {
        return items.stream().filter(item -> item.phase() == phase).toList();
    }

    public RunbookItem item(long itemId) {
        return items.stream().filter(item -> item.id() == itemId).findFirst().orElseThrow();
    }
}
