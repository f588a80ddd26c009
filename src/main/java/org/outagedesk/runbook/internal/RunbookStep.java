package org.outagedesk.runbook.internal;

import java.util.Locale;
import org.outagedesk.incident.TimelineMessage;
import org.outagedesk.runbook.ActionEntry;
import org.outagedesk.runbook.RunbookItem;

/**
 * What was done on the checklist, as the timeline keeps it: a message key per action with the
 * item's number and its title in both languages from the run's template, so that every reader
 * reads the title in their own language.
 */
enum RunbookStep {
    DONE,
    NOT_APPLICABLE,
    REOPENED,
    ASSIGNED,
    UNASSIGNED,
    NOTE_ADDED,
    EVIDENCE_ADDED,
    SIGNED_OFF,
    TEMPLATE_CHOSEN,
    ACTION_LOGGED;

    /** e.g. {@code runbook.timeline.not-applicable}. */
    String key() {
        return "runbook.timeline." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A step on one item: "marked 3.5 Check the configuration as done", with {@code more} after the title. */
    TimelineMessage on(RunbookItem item, TimelineMessage.Argument... more) {
        TimelineMessage.Argument[] arguments = new TimelineMessage.Argument[2 + more.length];
        arguments[0] = TimelineMessage.text(item.number());
        arguments[1] = TimelineMessage.translated(item.titleEs(), item.titleEn());
        System.arraycopy(more, 0, arguments, 2, more.length);
        return TimelineMessage.of(key(), arguments);
    }

    static TimelineMessage templateChosen(Template template) {
        return TimelineMessage.of(TEMPLATE_CHOSEN.key(), TimelineMessage.translated(template.nameEs(),
                template.nameEn()), TimelineMessage.count(template.versionNo()));
    }

    static TimelineMessage actionLogged(ActionEntry entry) {
        return TimelineMessage.of(ACTION_LOGGED.key(), TimelineMessage.label("runbook.ActionType." + entry.type().name()),
                TimelineMessage.text(entry.target()),
                TimelineMessage.label("runbook.ActionOutcome." + entry.outcome().name()));
    }
}
