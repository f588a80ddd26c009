package org.outagedesk.incident;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The sentence a timeline entry reads as ("changed severity: SEV3 · moderate → SEV1 · critical"),
 * with labels for fields and choices and local times for instants, wherever the timeline is
 * shown: on the incident page and beside its review.
 */
public final class TimelineText {

    /** The viewer's translations ({@code key, arguments -> text}). */
    @FunctionalInterface
    public interface Translations {
        String get(String key, Object... arguments);
    }

    private final Translations t;
    private final Function<Instant, String> time;

    public TimelineText(Translations translations, Function<Instant, String> time) {
        this.t = translations;
        this.time = time;
    }

    /** What happened, without who and when; a note or detail is shown apart. */
    public String describe(TimelineItem item) {
        return switch (item.kind()) {
            case CHANGED -> t.get("incident.timeline.changed", fieldLabel(item.field()),
                    value(item.field(), item.before()), value(item.field(), item.after()));
            case REPORTS_LINKED -> t.get("incident.timeline.reports-linked", item.note());
            case MERGED_INTO, MERGED_FROM -> t.get("incident.timeline." + item.kind().name(), item.after());
            default -> t.get("incident.timeline." + item.kind().name());
        };
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
            case "services" -> String.join(", ", Arrays.stream(raw.split(","))
                    .map(name -> label(MailService.valueOf(name))).toList());
            default -> field.equals("eta") || field.startsWith("milestone.") ? time.apply(Instant.parse(raw)) : raw;
        };
    }

    private String label(Enum<?> value) {
        return t.get(IncidentLabels.key(value));
    }
}
