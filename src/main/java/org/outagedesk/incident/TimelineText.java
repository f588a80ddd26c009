package org.outagedesk.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The sentence a timeline entry reads as ("changed severity: SEV3 · moderate → SEV1 · critical"),
 * with labels for fields and choices and local times for instants, in the reader's language and
 * time zone, wherever the timeline is shown: on the incident page, beside its review and in its export.
 */
public final class TimelineText {

    /** The viewer's translations ({@code key, arguments -> text}). */
    @FunctionalInterface
    public interface Translations {
        String get(String key, Object... arguments);
    }

    private final Translations t;
    private final Function<Instant, String> time;
    private final Locale language;

    /**
     * @param translations the reader's translations
     * @param time an instant as the reader reads it (their zone and language)
     * @param language the reader's language, for texts that exist in both (checklist titles)
     */
    public TimelineText(Translations translations, Function<Instant, String> time, Locale language) {
        this.t = translations;
        this.time = time;
        this.language = language;
    }

    /** What happened, without who and when; the detail is shown apart. */
    public String describe(TimelineItem item) {
        if (item.message() != null) {
            return words(item.message());
        }
        return switch (item.kind()) {
            case CHANGED -> t.get("incident.timeline.changed", fieldLabel(item.field()),
                    value(item.field(), item.before()), value(item.field(), item.after()));
            case REPORTS_LINKED -> t.get("incident.timeline.reports-linked", item.note());
            case MERGED_INTO, MERGED_FROM -> t.get("incident.timeline." + item.kind().name(), item.after());
            default -> t.get("incident.timeline." + item.kind().name());
        };
    }

    /**
     * What the entry shows below its sentence: the system's lines (one per alert) in the reader's
     * words, then what a person wrote (a note, a reason, an update's text) as written; "" for none.
     */
    public String detail(TimelineItem item) {
        List<String> parts = new ArrayList<>();
        if (item.message() != null) {
            item.message().lines().forEach(line -> parts.add(words(line)));
        }
        if (item.note() != null && item.kind() != TimelineKind.REPORTS_LINKED) {
            parts.add(item.note());
        }
        return String.join("\n", parts);
    }

    /** The sentence and its detail on one line, as the review quotes and exports it. */
    public String sentence(TimelineItem item) {
        String detail = detail(item);
        return detail.isEmpty() ? describe(item) : describe(item) + ": " + detail.replace("\n", " · ");
    }

    /** A message in the reader's words: its arguments typed, times in the reader's zone. */
    public String words(TimelineMessage message) {
        Object[] arguments = message.arguments().stream().map(argument -> switch (argument) {
            case TimelineMessage.Text text -> (Object) text.value();
            case TimelineMessage.Count count -> count.value();
            case TimelineMessage.Translated both -> both.in(language);
            case TimelineMessage.Label label -> t.get(label.key());
            case TimelineMessage.Time at -> time.apply(at.at());
        }).toArray();
        return t.get(message.key(), arguments);
    }

    /** The field's label as it reads mid-sentence ("changed phase: …"). */
    private String fieldLabel(String field) {
        String label = capitalLabel(field);
        return label.length() > 1 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))
                ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }

    private String capitalLabel(String field) {
        if (field.startsWith("milestone.")) {
            return t.get(IncidentLabels.key(Milestone.valueOf(field.substring("milestone.".length()))));
        }
        if (field.startsWith("role.")) {
            String role = field.substring("role.".length());
            return List.of(IncidentRoles.COMMANDER, IncidentRoles.COMMUNICATIONS_LEAD).contains(role)
                    ? t.get("incident.role." + role) : role;
        }
        return t.get("incident.field." + field);
    }

    /** A before/after value as people read it: labels for choices, local time for instants. */
    private String value(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return t.get("incident.timeline.none");
        }
        return switch (field) {
            case "phase" -> label(Phase.valueOf(raw));
            case "scope" -> label(Scope.valueOf(raw));
            case "severity" -> label(Severity.valueOf(raw));
            case "publicStatus" -> label(PublicStatus.valueOf(raw));
            case "state" -> label(IncidentState.valueOf(raw));
            case CauseVerdict.FIELD -> label(CauseVerdict.valueOf(raw));
            case "services" -> String.join(", ", Arrays.stream(raw.split(","))
                    .map(name -> label(MailService.valueOf(name))).toList());
            default -> field.equals("eta") || field.startsWith("milestone.") ? time.apply(Instant.parse(raw)) : raw;
        };
    }

    private String label(Enum<?> value) {
        return t.get(IncidentLabels.key(value));
    }
}
