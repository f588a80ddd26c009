package org.outagedesk.runbook;

import java.util.List;

/** A whole template as an admin edits it; items in order (grouped by phase when saved). */
public record TemplateDraft(String key, String nameEs, String nameEn, List<TemplateItemDraft> items) {}
