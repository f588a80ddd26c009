package org.outagedesk.incident.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.TimelineMessage;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.incident.UpdateKind;

/**
 * Reads the timeline texts written before timeline entries became messages (see V14) back into
 * messages: checklist steps ("✓ 3.5 Revisar…"), monitoring reports and posted updates ("PUBLIC
 * update: …"). The keys are those the runbook and alert modules write today. A text it cannot read
 * with certainty is left as it was, and is shown as written.
 */
final class LegacyTimelineTexts {

    /** An entry in today's form: its kind, message, what a person wrote, and its data field. */
    record Converted(TimelineKind kind, TimelineMessage message, String note, FieldChange data) {}

    /** One item of a checklist template, numbered as the checklist shows it ("3.5"). */
    record ChecklistItem(long templateItemId, String number, String titleEs, String titleEn, Long runItemId) {

        String legacy() {
            return number + " " + titleEs;
        }
    }

    record ChecklistTemplate(String nameEs, String nameEn, int versionNo) {}

    /** A posted update as the legacy note named it: its kind, its audience and its text. */
    record PostedUpdate(UpdateKind kind, UpdateAudience audience, String message) {}

    static final String RECOVERED = "All alerts on this incident are resolved: monitoring sees the service back "
            + "(milestone MITIGATED set unless it was already). Verify, then resolve the incident.";

    private static final Pattern SIGNED = Pattern.compile("(\\d)/(\\d) (.+)", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile(
            "(RESTART|PATCH|ROLLBACK|CONFIGURATION_CHANGE|OTHER) (.+) → (SUCCESS|PARTIAL|FAILED)", Pattern.DOTALL);
    private static final Pattern UPDATE = Pattern.compile("(PUBLIC|INTERNAL|MANAGEMENT) update: (.*)", Pattern.DOTALL);
    private static final Pattern REPORT = Pattern.compile("(.+): (\\d+) firing \\((\\d+) new\\), (\\d+) resolved\\.");
    private static final Pattern ALERT = Pattern.compile("• (FIRING|still firing|RESOLVED): (.*)");
    private static final Pattern SINCE = Pattern.compile("(.*) since (\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z)( .*)?");

    private LegacyTimelineTexts() {}

    /**
     * A checklist step; {@code items} in order of preference (the run's own template first), each
     * matched on its number and Spanish title as the legacy text wrote them.
     */
    static Optional<Converted> runbookStep(String text, List<ChecklistItem> items, List<ChecklistTemplate> templates) {
        int space = text == null ? -1 : text.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String rest = text.substring(space + 1);
        return switch (text.substring(0, space)) {
            case "✓" -> exactly(rest, items).map(item -> step("done", item, null));
            case "⊘" -> exactly(rest, items).map(item -> step("not-applicable", item, null));
            case "↺" -> exactly(rest, items).map(item -> step("reopened", item, null));
            case "✎" -> withDetail(rest, items, "note-added");
            case "📎" -> withDetail(rest, items, "evidence-added");
            case "✍" -> signed(rest, items);
            case "→" -> assigned(rest, items);
            case "⇄" -> templates.stream().filter(t -> rest.equals(t.nameEs() + " / " + t.nameEn() + " v" + t.versionNo()))
                    .findFirst().map(t -> new Converted(TimelineKind.RUNBOOK, TimelineMessage.of(
                            "runbook.timeline.template-chosen", TimelineMessage.translated(t.nameEs(), t.nameEn()),
                            TimelineMessage.count(t.versionNo())), null, null));
            case "⚙" -> action(rest);
            default -> Optional.empty();
        };
    }

    private static Optional<ChecklistItem> exactly(String rest, List<ChecklistItem> items) {
        return items.stream().filter(item -> rest.equals(item.legacy())).findFirst();
    }

    private static Optional<Converted> withDetail(String rest, List<ChecklistItem> items, String action) {
        return items.stream().filter(item -> rest.startsWith(item.legacy() + ": ")).findFirst()
                .map(item -> step(action, item, rest.substring(item.legacy().length() + 2)));
    }

    private static Optional<Converted> signed(String rest, List<ChecklistItem> items) {
        Matcher signed = SIGNED.matcher(rest);
        if (!signed.matches()) {
            return Optional.empty();
        }
        return exactly(signed.group(3), items).map(item -> step("signed-off", item, null,
                TimelineMessage.count(Long.parseLong(signed.group(1))),
                TimelineMessage.count(Long.parseLong(signed.group(2)))));
    }

    private static Optional<Converted> assigned(String rest, List<ChecklistItem> items) {
        return items.stream().filter(item -> rest.endsWith(" " + item.legacy())
                && rest.length() > item.legacy().length() + 1).findFirst().map(item -> {
                    String name = rest.substring(0, rest.length() - item.legacy().length() - 1);
                    return name.equals("—") ? step("unassigned", item, null)
                            : step("assigned", item, null, TimelineMessage.text(name));
                });
    }

    private static Optional<Converted> action(String rest) {
        Matcher action = ACTION.matcher(rest);
        return action.matches() ? Optional.of(new Converted(TimelineKind.RUNBOOK, TimelineMessage.of(
                "runbook.timeline.action-logged", TimelineMessage.label("runbook.ActionType." + action.group(1)),
                TimelineMessage.text(action.group(2)), TimelineMessage.label("runbook.ActionOutcome." + action.group(3))),
                null, null)) : Optional.empty();
    }

    private static Converted step(String action, ChecklistItem item, String detail, TimelineMessage.Argument... more) {
        List<TimelineMessage.Argument> arguments = new ArrayList<>(List.of(TimelineMessage.text(item.number()),
                TimelineMessage.translated(item.titleEs(), item.titleEn())));
        arguments.addAll(List.of(more));
        return new Converted(TimelineKind.RUNBOOK, new TimelineMessage("runbook.timeline." + action, arguments,
                List.of()), detail, item.runItemId() == null ? null
                        : new FieldChange(IncidentServiceImpl.RUNBOOK_ITEM, null, String.valueOf(item.runItemId())));
    }

    /** A note the status-update service wrote ("PUBLIC update: …", "Summary: …"). */
    static Optional<PostedUpdate> postedUpdate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.startsWith("Summary: ")) {
            return Optional.of(new PostedUpdate(UpdateKind.SUMMARY, UpdateAudience.PUBLIC,
                    text.substring("Summary: ".length())));
        }
        Matcher update = UPDATE.matcher(text);
        return update.matches() ? Optional.of(new PostedUpdate(UpdateKind.UPDATE,
                UpdateAudience.valueOf(update.group(1)), update.group(2))) : Optional.empty();
    }

    /** What monitoring reported: the counts, a line per alert (as the monitoring system wrote it), recovery. */
    static Optional<Converted> monitoring(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> rows = text.lines().toList();
        Matcher report = rows.isEmpty() ? null : REPORT.matcher(rows.getFirst());
        if (report == null || !report.matches()) {
            return Optional.empty();
        }
        List<TimelineMessage> lines = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            Optional<TimelineMessage> line = row.equals(RECOVERED) ? Optional.of(TimelineMessage.of("alert.timeline.recovered"))
                    : alert(row);
            if (line.isEmpty()) {
                return Optional.empty();
            }
            lines.add(line.get());
        }
        return Optional.of(new Converted(TimelineKind.MONITORING, TimelineMessage.of("alert.timeline.summary",
                TimelineMessage.text(report.group(1)), TimelineMessage.count(Long.parseLong(report.group(2))),
                TimelineMessage.count(Long.parseLong(report.group(3))),
                TimelineMessage.count(Long.parseLong(report.group(4)))).withLines(lines), null, null));
    }

    private static Optional<TimelineMessage> alert(String row) {
        Matcher alert = ALERT.matcher(row);
        if (!alert.matches()) {
            return Optional.empty();
        }
        String what = alert.group(2);
        return Optional.of(switch (alert.group(1)) {
            case "FIRING" -> firing(what);
            case "still firing" -> TimelineMessage.of("alert.timeline.still-firing", TimelineMessage.text(what));
            default -> TimelineMessage.of("alert.timeline.resolved", TimelineMessage.text(what));
        });
    }

    private static TimelineMessage firing(String what) {
        Matcher since = SINCE.matcher(what);
        if (since.matches()) {
            try {
                Instant at = Instant.parse(since.group(2));
                String written = since.group(1) + (since.group(3) == null ? "" : since.group(3));
                return TimelineMessage.of("alert.timeline.firing-since", TimelineMessage.text(written),
                        TimelineMessage.time(at));
            } catch (DateTimeException e) {
                // not a time after all: the line stays as the monitoring system wrote it
            }
        }
        return TimelineMessage.of("alert.timeline.firing", TimelineMessage.text(what));
    }
}
