package org.outagedesk.runbook;

import org.outagedesk.incident.Phase;

/** An item of a template as an admin edits it, in both languages. */
public record TemplateItemDraft(Phase phase, String titleEs, String titleEn, String hintEs, String hintEn,
        boolean required, boolean needsSecondVerifier, ItemKind kind) {}
