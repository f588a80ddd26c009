package org.outagedesk.runbook.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outagedesk.incident.Phase;
import org.outagedesk.runbook.Evidence;
import org.outagedesk.runbook.ItemNote;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.runbook.RunbookRun;
import org.springframework.stereotype.Component;

/** Reads a run with its template texts, notes, evidence and action log, and numbers its items ("3.2"). */
@Component
class RunReader {

    private final RunRepository runs;
    private final RunItemRepository items;
    private final TemplateRepository templates;
    private final TemplateItemRepository templateItems;
    private final NoteRepository notes;
    private final EvidenceRepository evidence;
    private final ActionRepository actions;

    RunReader(RunRepository runs, RunItemRepository items, TemplateRepository templates,
            TemplateItemRepository templateItems, NoteRepository notes, EvidenceRepository evidence,
            ActionRepository actions) {
        this.runs = runs;
        this.items = items;
        this.templates = templates;
        this.templateItems = templateItems;
        this.notes = notes;
        this.evidence = evidence;
        this.actions = actions;
    }

    Optional<RunbookRun> read(long incidentId) {
        return runs.findByIncidentId(incidentId).map(this::read);
    }

    RunbookRun read(Run run) {
        Template template = templates.findById(run.templateId()).orElseThrow();
        List<TemplateItem> ordered = templateItems.findByTemplateIdOrderByPhaseAscPositionAsc(template.id());
        Map<Long, RunItem> byTemplateItem = items.findByRunId(run.id()).stream()
                .collect(Collectors.toMap(RunItem::templateItemId, Function.identity()));
        List<Long> itemIds = byTemplateItem.values().stream().map(RunItem::id).toList();
        Map<Long, List<ItemNote>> notesByItem = notes.findByRunItemIdInOrderByIdAsc(itemIds).stream()
                .collect(Collectors.groupingBy(Note::runItemId, Collectors.mapping(Note::toNote, Collectors.toList())));
        Map<Long, List<Evidence>> evidenceByItem = evidence.findByRunItemIdInOrderByIdAsc(itemIds).stream()
                .collect(Collectors.groupingBy(EvidenceEntry::runItemId,
                        Collectors.mapping(EvidenceEntry::toEvidence, Collectors.toList())));
        List<RunbookItem> shown = ordered.stream().filter(t -> byTemplateItem.containsKey(t.id()))
                .map(t -> item(t, byTemplateItem.get(t.id()), number(ordered, t),
                        notesByItem.getOrDefault(byTemplateItem.get(t.id()).id(), List.of()),
                        evidenceByItem.getOrDefault(byTemplateItem.get(t.id()).id(), List.of())))
                .toList();
        var log = actions.findByRunIdOrderByStartedAtAscIdAsc(run.id()).stream().map(Action::toEntry).toList();
        boolean progressed = byTemplateItem.values().stream().anyMatch(RunItem::progressed)
                || !notesByItem.isEmpty() || !evidenceByItem.isEmpty() || !log.isEmpty();
        return new RunbookRun(run.id(), run.incidentId(), template.id(), template.key(),
                template.versionNo(), template.nameEs(), template.nameEn(), shown, log, progressed);
    }

    /** One item as people see it, numbered within its phase. */
    RunbookItem item(RunItem item) {
        TemplateItem template = templateItems.findById(item.templateItemId()).orElseThrow();
        Run run = runs.findById(item.runId()).orElseThrow();
        List<TemplateItem> ordered = templateItems.findByTemplateIdOrderByPhaseAscPositionAsc(run.templateId());
        List<Long> ids = List.of(item.id());
        return item(template, item, number(ordered, template),
                notes.findByRunItemIdInOrderByIdAsc(ids).stream().map(Note::toNote).toList(),
                evidence.findByRunItemIdInOrderByIdAsc(ids).stream().map(EvidenceEntry::toEvidence).toList());
    }

    TemplateItem templateOf(RunItem item) {
        return templateItems.findById(item.templateItemId()).orElseThrow();
    }

    Run runOf(RunItem item) {
        return runs.findById(item.runId()).orElseThrow();
    }

    /** "3.2": the phase's number and the item's place in it. */
    static String number(List<TemplateItem> ordered, TemplateItem item) {
        Phase phase = item.phase();
        int index = ordered.stream().filter(t -> t.phase() == phase).map(TemplateItem::id).toList().indexOf(item.id());
        return (phase.ordinal() + 1) + "." + (index + 1);
    }

    /**
     * Template texts are the same for every screen that shows the run, and every open incident page
     * keeps its items: interned, all pages share one copy of each text instead of one per page
     * (about 10 KB per incident page with the SOP; interned strings no page keeps are collected).
     */
    private static String shared(String text) {
        return text == null ? null : text.intern();
    }

    private static RunbookItem item(TemplateItem t, RunItem i, String number, List<ItemNote> notes,
            List<Evidence> evidence) {
        return new RunbookItem(i.id(), t.phase(), shared(number), shared(t.titleEs()), shared(t.titleEn()),
                shared(t.hintEs()), shared(t.hintEn()),
                t.required(), t.secondVerifier(), t.kind(), i.state(), i.naReason(), i.assigneeId(), i.assigneeName(),
                i.doneByName(), i.doneAt(), i.firstSignerId(), i.firstSignerName(), i.firstSignedAt(),
                i.secondSignerId(), i.secondSignerName(), i.secondSignedAt(), i.updatedByName(), i.version(), notes,
                evidence);
    }
}
