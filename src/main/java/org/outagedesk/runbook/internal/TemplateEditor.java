package org.outagedesk.runbook.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.outagedesk.runbook.ItemKind;
import org.outagedesk.runbook.RunbookException;
import org.outagedesk.runbook.TemplateDraft;
import org.outagedesk.runbook.TemplateItemDraft;
import org.outagedesk.runbook.TemplateSummary;
import org.springframework.stereotype.Component;

/** Template versions: the current one of each key, drafts for editing, and saving a draft as a new version. */
@Component
class TemplateEditor {

    static final int MAX_TITLE = 300;

    private final TemplateRepository templates;
    private final TemplateItemRepository items;

    TemplateEditor(TemplateRepository templates, TemplateItemRepository items) {
        this.templates = templates;
        this.items = items;
    }

    List<TemplateSummary> current() {
        return templates.findByActiveTrueOrderByIdAsc().stream().map(Template::summary).toList();
    }

    Template currentVersion(String key) {
        return templates.findFirstByTemplateKeyAndActiveTrueOrderByVersionNoDesc(key)
                .orElseThrow(() -> new RunbookException("runbook.error.no-template", key));
    }

    List<TemplateItem> items(long templateId) {
        return items.findByTemplateIdOrderByPhaseAscPositionAsc(templateId);
    }

    List<TemplateSummary> versions(String key) {
        return templates.findByTemplateKeyOrderByVersionNoDesc(key).stream().map(Template::summary).toList();
    }

    TemplateDraft draft(long templateId) {
        Template template = templates.findById(templateId)
                .orElseThrow(() -> new RunbookException("runbook.error.no-template", templateId));
        return new TemplateDraft(template.key(), template.nameEs(), template.nameEn(),
                items(templateId).stream().map(TemplateItem::draft).toList());
    }

    /** Adds a version: the previous ones stay for the runs that use them but are no longer chosen. */
    TemplateSummary save(TemplateDraft draft, Actor actor, Instant now) {
        validate(draft);
        String key = draft.key().strip();
        List<Template> previous = templates.findByTemplateKeyOrderByVersionNoDesc(key);
        previous.forEach(Template::retire);
        templates.saveAll(previous);
        int versionNo = previous.isEmpty() ? 1 : previous.getFirst().versionNo() + 1;
        Template saved = templates.saveAndFlush(new Template(key, versionNo, draft.nameEs().strip(),
                draft.nameEn().strip(), now, actor.name()));
        List<TemplateItemDraft> ordered = new ArrayList<>(draft.items());
        ordered.sort(Comparator.comparing(TemplateItemDraft::phase));
        int[] position = new int[1];
        var phase = new Object[1];
        for (TemplateItemDraft item : ordered) {
            position[0] = item.phase().equals(phase[0]) ? position[0] + 1 : 1;
            phase[0] = item.phase();
            items.save(new TemplateItem(saved.id(), position[0], item));
        }
        items.flush();
        return saved.summary();
    }

    private static void validate(TemplateDraft draft) {
        if (draft.key() == null || !draft.key().strip().matches("[a-z0-9-]{1,64}")) {
            throw new RunbookException("runbook.error.template-key");
        }
        if (blank(draft.nameEs()) || blank(draft.nameEn())) {
            throw new RunbookException("runbook.error.template-name");
        }
        if (draft.items() == null || draft.items().isEmpty()) {
            throw new RunbookException("runbook.error.template-empty");
        }
        for (TemplateItemDraft item : draft.items()) {
            if (item.phase() == null || item.kind() == null || blank(item.titleEs()) || blank(item.titleEn())) {
                throw new RunbookException("runbook.error.item-incomplete");
            }
            if (item.titleEs().strip().length() > MAX_TITLE || item.titleEn().strip().length() > MAX_TITLE) {
                throw new RunbookException("runbook.error.too-long", MAX_TITLE);
            }
            if (item.kind() == ItemKind.VERIFICATION && !item.needsSecondVerifier()) {
                throw new RunbookException("runbook.error.verification-needs-two");
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
