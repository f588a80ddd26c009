package org.outagedesk.runbook.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.Role;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.TimelineMessage;
import org.outagedesk.runbook.ActionEntry;
import org.outagedesk.runbook.EvidenceKind;
import org.outagedesk.runbook.NewAction;
import org.outagedesk.runbook.NewEvidence;
import org.outagedesk.runbook.RunbookChanged;
import org.outagedesk.runbook.RunbookException;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.runbook.RunbookItemChangedMeanwhile;
import org.outagedesk.runbook.RunbookProperties;
import org.outagedesk.runbook.RunbookRun;
import org.outagedesk.runbook.RunbookService;
import org.outagedesk.runbook.TemplateDraft;
import org.outagedesk.runbook.TemplateSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class RunbookServiceImpl implements RunbookService {

    static final String READ = "hasAnyRole('IT_STAFF', 'MANAGER')";
    static final String TEMPLATES = "hasAnyRole('IT_STAFF', 'MANAGER', 'ADMIN')";
    static final String CHANGE = "hasRole('IT_STAFF')";
    static final String ADMIN = "hasRole('ADMIN')";
    static final int MAX_FILE = 5 * 1024 * 1024;

    private final RunReader reader;
    private final RunRepository runs;
    private final RunItemRepository items;
    private final NoteRepository notes;
    private final EvidenceRepository evidence;
    private final ActionRepository actions;
    private final TemplateEditor templates;
    private final IncidentService incidents;
    private final AccountService accounts;
    private final RunbookProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RunbookServiceImpl(RunReader reader, RunRepository runs, RunItemRepository items, NoteRepository notes,
            EvidenceRepository evidence, ActionRepository actions, TemplateEditor templates,
            IncidentService incidents, AccountService accounts, RunbookProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.reader = reader;
        this.runs = runs;
        this.items = items;
        this.notes = notes;
        this.evidence = evidence;
        this.actions = actions;
        this.templates = templates;
        this.incidents = incidents;
        this.accounts = accounts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Optional<RunbookRun> run(long incidentId) {
        return reader.read(incidentId);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(TEMPLATES)
    public List<TemplateSummary> templates() {
        return templates.current();
    }

    @Override
    @PreAuthorize(CHANGE)
    public RunbookRun start(long incidentId, String templateKey) {
        Actor actor = Actor.current();
        if (runs.findByIncidentId(incidentId).isPresent()) {
            throw new RunbookException("runbook.error.already-started");
        }
        Template template = templates.currentVersion(templateKey == null ? properties.getDefaultTemplate() : templateKey);
        Run run = runs.saveAndFlush(new Run(incidentId, template.id(), clock.instant(), actor.name()));
        createItems(run, template);
        // Opening the incident is already on the timeline; the run only needs announcing.
        events.publishEvent(new RunbookChanged(incidentId, 0, actor.id()));
        return reader.read(run);
    }

    @Override
    @PreAuthorize(CHANGE)
    public RunbookRun chooseTemplate(long incidentId, String templateKey) {
        Actor actor = Actor.current();
        Run run = runs.findByIncidentId(incidentId).orElseThrow(() -> new RunbookException("runbook.error.no-run"));
        requireWorkable(incidentId);
        List<RunItem> existing = items.findByRunId(run.id());
        existing.forEach(item -> items.findForChange(item.id()));
        if (reader.read(run).progressed()) {
            throw new RunbookException("runbook.error.progressed");
        }
        Template template = templates.currentVersion(templateKey);
        items.deleteAll(existing);
        items.flush();
        run.useTemplate(template.id());
        runs.saveAndFlush(run);
        createItems(run, template);
        step(incidentId, 0, actor, RunbookStep.templateChosen(template), null);
        return reader.read(run);
    }

    private void createItems(Run run, Template template) {
        Instant now = clock.instant();
        templates.items(template.id()).forEach(t -> items.save(new RunItem(run.id(), t.id(), now)));
        items.flush();
    }

    @Override
    @PreAuthorize(CHANGE)
    public RunbookItem markDone(long itemId, long expectedVersion) {
        Actor actor = Actor.current();
        RunItem item = load(itemId, expectedVersion);
        TemplateItem template = reader.templateOf(item);
        item.markDone(actor, clock.instant(), template.secondVerifier());
        return changed(item, actor, RunbookStep.DONE, null);
    }

    @Override
    @PreAuthorize(CHANGE)
    public RunbookItem markNotApplicable(long itemId, long expectedVersion, String reason) {
        Actor actor = Actor.current();
        RunItem item = load(itemId, expectedVersion);
        item.markNotApplicable(actor, clock.instant(), reason);
        return changed(item, actor, RunbookStep.NOT_APPLICABLE, item.naReason());
    }

    @Override
    @PreAuthorize(CHANGE)
    public RunbookItem reopen(long itemId, long expectedVersion) {
        Actor actor = Actor.current();
        RunItem item = load(itemId, expectedVersion);
        item.reopen(actor, clock.instant());
        return changed(item, actor, RunbookStep.REOPENED, null);
    }

    @Override
    @PreAuthorize(CHANGE)
    public RunbookItem assign(long itemId, long expectedVersion, Long accountId) {
        Actor actor = Actor.current();
        RunItem item = load(itemId, expectedVersion);
        String name = null;
        if (accountId != null) {
            name = accounts.enabledWithRole(Role.IT_STAFF).stream().filter(a -> a.id() == accountId)
                    .map(a -> a.displayName()).findFirst()
                    .orElseThrow(() -> new RunbookException("runbook.error.not-staff"));
        }
        item.assign(actor, clock.instant(), accountId, name);
        return name == null ? changed(item, actor, RunbookStep.UNASSIGNED, null)
                : changed(item, actor, RunbookStep.ASSIGNED, null, TimelineMessage.text(name));
    }

    @Override
    @PreAuthorize(CHANGE)
    public RunbookItem addNote(long itemId, String text) {
        Actor actor = Actor.current();
        String note = RunbookTexts.required(text, "runbook.error.note-required", RunbookTexts.MAX_TEXT);
        RunItem item = lock(itemId);
        notes.saveAndFlush(new Note(item.id(), clock.instant(), actor, note));
        return appended(item, actor, RunbookStep.NOTE_ADDED, note);
    }

    @Override
    @PreAuthorize(CHANGE)
    public RunbookItem addEvidence(long itemId, NewEvidence added) {
        Actor actor = Actor.current();
        RunItem item = lock(itemId);
        String summary = switch (added.kind()) {
            case TEXT, PROBE -> RunbookTexts.required(added.text(), "runbook.error.evidence-required",
                    RunbookTexts.MAX_TEXT);
            case LINK -> link(added.link());
            case FILE -> file(added);
        };
        evidence.saveAndFlush(new EvidenceEntry(item.id(), clock.instant(), actor, switch (added.kind()) {
            case LINK -> new NewEvidence(EvidenceKind.LINK, null, summary, null, null, null);
            case TEXT, PROBE -> new NewEvidence(added.kind(), summary, null, null, null, null);
            case FILE -> added;
        }));
        return appended(item, actor, RunbookStep.EVIDENCE_ADDED, summary);
    }

    private static String link(String link) {
        String url = RunbookTexts.requiredLine(link, "runbook.error.evidence-required", RunbookTexts.MAX_LINK);
        if (!NewEvidence.isWebLink(url)) {
            throw new RunbookException("runbook.error.link");
        }
        return url;
    }

    private static String file(NewEvidence added) {
        if (added.content() == null || added.content().length == 0 || added.fileName() == null) {
            throw new RunbookException("runbook.error.evidence-required");
        }
        if (added.content().length > MAX_FILE) {
            throw new RunbookException("runbook.error.file-too-large", MAX_FILE / (1024 * 1024));
        }
        return RunbookTexts.requiredLine(added.fileName(), "runbook.error.evidence-required",
                RunbookTexts.MAX_FILE_NAME);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public byte[] evidenceContent(long evidenceId) {
        return evidence.findById(evidenceId).map(EvidenceEntry::content)
                .orElseThrow(() -> new RunbookException("runbook.error.not-found"));
    }

    @Override
    @PreAuthorize(CHANGE)
    public RunbookItem signOff(long itemId) {
        Actor actor = Actor.current();
        RunItem item = lock(itemId);
        TemplateItem template = reader.templateOf(item);
        int signature = item.signOff(actor, clock.instant(), template.secondVerifier());
        return changed(item, actor, RunbookStep.SIGNED_OFF, null, TimelineMessage.count(signature),
                TimelineMessage.count(template.secondVerifier() ? 2 : 1));
    }

    @Override
    @PreAuthorize(CHANGE)
    public ActionEntry logAction(long incidentId, NewAction action) {
        Actor actor = Actor.current();
        Run run = runs.findByIncidentId(incidentId).orElseThrow(() -> new RunbookException("runbook.error.no-run"));
        requireWorkable(incidentId);
        if (action.type() == null || action.outcome() == null || action.startedAt() == null) {
            throw new RunbookException("runbook.error.action-incomplete");
        }
        String target = RunbookTexts.requiredLine(action.target(), "runbook.error.action-incomplete",
                RunbookTexts.MAX_TARGET);
        String notes = RunbookTexts.optional(action.notes(), RunbookTexts.MAX_TEXT);
        if (action.finishedAt() != null && action.finishedAt().isBefore(action.startedAt())) {
            throw new RunbookException("runbook.error.action-order");
        }
        NewAction checked = new NewAction(action.type(), target, action.startedAt(), action.finishedAt(),
                action.outcome(), notes);
        ActionEntry entry = actions.saveAndFlush(new Action(run.id(), checked, actor, clock.instant())).toEntry();
        step(incidentId, 0, actor, RunbookStep.actionLogged(entry), notes);
        return entry;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public List<TemplateSummary> versions(String templateKey) {
        return templates.versions(templateKey);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public TemplateDraft draft(long templateId) {
        return templates.draft(templateId);
    }

    @Override
    @PreAuthorize(ADMIN)
    public TemplateSummary saveTemplate(TemplateDraft draft) {
        return templates.save(draft, Actor.current(), clock.instant());
    }

    /** Loads an item for a change, holding its row, if nobody changed it since {@code expectedVersion}. */
    private RunItem load(long itemId, long expectedVersion) {
        RunItem item = lock(itemId);
        if (item.version() != expectedVersion) {
            throw new RunbookItemChangedMeanwhile(itemId, item.updatedByName());
        }
        return item;
    }

    private RunItem lock(long itemId) {
        RunItem item = items.findForChange(itemId).orElseThrow(() -> new RunbookException("runbook.error.not-found"));
        requireWorkable(reader.runOf(item).incidentId());
        return item;
    }

    /** A closed or merged incident's checklist only reads: its record is final. */
    private void requireWorkable(long incidentId) {
        incidents.find(incidentId).map(IncidentDetails::state).filter(state -> !state.workable())
                .ifPresent(state -> {
                    throw new RunbookException("runbook.error.incident-closed");
                });
    }

    private RunbookItem changed(RunItem item, Actor actor, RunbookStep what, String detail,
            TimelineMessage.Argument... more) {
        try {
            items.saveAndFlush(item);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new RunbookItemChangedMeanwhile(item.id(), null);
        }
        return appended(item, actor, what, detail, more);
    }

    /** Writes the step to the incident's timeline and announces the change after commit. */
    private RunbookItem appended(RunItem item, Actor actor, RunbookStep what, String detail,
            TimelineMessage.Argument... more) {
        RunbookItem shown = reader.item(item);
        Run run = reader.runOf(item);
        step(run.incidentId(), item.id(), actor, what.on(shown, more), detail);
        return shown;
    }

    /**
     * Announced before the timeline entry, so that after commit the open checklists hear of the
     * change first: the timeline's own announcement sets other parts of the incident page
     * re-reading, which must not hold the checklist back.
     */
    private void step(long incidentId, long itemId, Actor actor, TimelineMessage step, String detail) {
        events.publishEvent(new RunbookChanged(incidentId, itemId, actor.id()));
        incidents.recordRunbookStep(incidentId, itemId == 0 ? null : itemId, step, detail);
    }
}
