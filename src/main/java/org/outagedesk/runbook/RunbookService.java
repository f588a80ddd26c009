package org.outagedesk.runbook;

import java.util.List;
import java.util.Optional;

/**
 * Checklist runs of incidents. IT staff change them, IT staff and managers read them, admins
 * edit templates. Item changes carry the version the person saw ({@link RunbookItemChangedMeanwhile}
 * when stale); notes, evidence, sign-offs and actions are only ever added. Every change is written
 * to the incident's timeline and announced after commit on {@link RunbookTopics#run(long)}.
 */
public interface RunbookService {

    /** The incident's run, if it has one. */
    Optional<RunbookRun> run(long incidentId);

    /** The templates that can be chosen, newest version of each. */
    List<TemplateSummary> templates();

    /** Starts a run of the template's current version (the mail-outage SOP if {@code templateKey} is null). */
    RunbookRun start(long incidentId, String templateKey);

    /** Replaces the run with one of another template, while nobody has worked on it yet. */
    RunbookRun chooseTemplate(long incidentId, String templateKey);

    RunbookItem markDone(long itemId, long expectedVersion);

    RunbookItem markNotApplicable(long itemId, long expectedVersion, String reason);

    RunbookItem reopen(long itemId, long expectedVersion);

    /** Assigns the item to an IT staff member, or nobody with {@code null}. */
    RunbookItem assign(long itemId, long expectedVersion, Long accountId);

    RunbookItem addNote(long itemId, String text);

    RunbookItem addEvidence(long itemId, NewEvidence evidence);

    /** The bytes of an attached file. */
    byte[] evidenceContent(long evidenceId);

    /**
     * Signs off a verification item: the first signature, then a second by someone else, after
     * which the item is done. The same person signing twice is refused.
     */
    RunbookItem signOff(long itemId);

    ActionEntry logAction(long incidentId, NewAction action);

    /** Every version of a template, newest first (admins). */
    List<TemplateSummary> versions(String templateKey);

    /** A template version as an editable draft (admins). */
    TemplateDraft draft(long templateId);

    /** Saves a template as a new version (or a new template); runs keep the version they started with. */
    TemplateSummary saveTemplate(TemplateDraft draft);
}
