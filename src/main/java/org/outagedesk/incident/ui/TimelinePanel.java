package org.outagedesk.incident.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.TimelineItem;

/** The incident's timeline, newest first, and the field where staff add notes. */
class TimelinePanel extends Div {

    private final TextArea note = IncidentUi.withId(new TextArea(), "incident-note");
    private final Button add = IncidentUi.withId(new Button(), "incident-note-add");
    private final Div entries = IncidentUi.withId(new Div(), "incident-timeline");

    TimelinePanel(Predicate<String> onNote) {
        addClassNames("panel", "timeline-panel");
        note.setLabel(getTranslation("incident.note.label"));
        note.setPlaceholder(getTranslation("incident.note.placeholder"));
        note.setWidthFull();
        note.setMaxLength(4000);
        add.setText(getTranslation("incident.note.add"));
        add.setIcon(VaadinIcon.COMMENT_O.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> {
            if (onNote.test(note.getValue())) {
                note.clear();
            }
        });
        entries.addClassName("timeline");
        add(new H3(getTranslation("incident.section.timeline")), note, add, entries);
    }

    void show(List<TimelineItem> items, boolean canWrite) {
        note.setVisible(canWrite);
        add.setVisible(canWrite);
        entries.removeAll();
        if (items.isEmpty()) {
            entries.add(IncidentUi.emptyState(VaadinIcon.TIME_BACKWARD, getTranslation("incident.timeline.empty"),
                    getTranslation("incident.timeline.empty-hint")));
        }
        items.forEach(item -> entries.add(entry(item)));
    }

    private Div entry(TimelineItem item) {
        Avatar avatar = new Avatar(item.actorName());
        avatar.addClassName("timeline-avatar");
        Span who = new Span(item.actorName());
        who.addClassName("timeline-who");
        Span when = new Span(IncidentUi.time(item.at()));
        when.addClassName("timeline-when");
        Div head = new Div(who, new Span(" " + describe(item) + " "), when);
        head.addClassName("timeline-head");
        Div body = new Div(head);
        body.addClassName("timeline-body");
        if (item.note() != null && item.kind() != org.outagedesk.incident.TimelineKind.REPORTS_LINKED) {
            Div text = new Div(new Span(item.note()));
            text.addClassName(item.kind() == org.outagedesk.incident.TimelineKind.NOTE ? "timeline-note" : "timeline-detail");
            body.add(text);
        }
        if (item.copiedFrom() != null) {
            body.add(IncidentUi.chip(getTranslation("incident.timeline.copied-from", item.copiedFrom()), "copied-chip"));
        }
        Div entry = new Div(avatar, body);
        entry.addClassNames("timeline-entry", "kind-" + item.kind().name().toLowerCase(java.util.Locale.ROOT));
        return entry;
    }

    private String describe(TimelineItem item) {
        return switch (item.kind()) {
            case CHANGED -> getTranslation("incident.timeline.changed", fieldLabel(item.field()),
                    value(item.field(), item.before()), value(item.field(), item.after()));
            case REPORTS_LINKED -> getTranslation("incident.timeline.reports-linked", item.note());
            case MERGED_INTO, MERGED_FROM -> getTranslation("incident.timeline." + item.kind().name(), item.after());
            default -> getTranslation("incident.timeline." + item.kind().name());
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
            return IncidentUi.label(Milestone.valueOf(field.substring("milestone.".length())));
        }
        if (field.startsWith("role.")) {
            String role = field.substring("role.".length());
            return List.of(IncidentRoles.COMMANDER, IncidentRoles.COMMUNICATIONS_LEAD).contains(role)
                    ? getTranslation("incident.role." + role) : role;
        }
        return getTranslation("incident.field." + field);
    }

    /** A before/after value as people read it: labels for choices, local time for instants. */
    private String value(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return getTranslation("incident.timeline.none");
        }
        return switch (field) {
            case "phase" -> IncidentUi.label(Phase.valueOf(raw));
            case "scope" -> IncidentUi.label(Scope.valueOf(raw));
            case "severity" -> IncidentUi.label(Severity.valueOf(raw));
            case "publicStatus" -> IncidentUi.label(PublicStatus.valueOf(raw));
            case "state" -> IncidentUi.label(IncidentState.valueOf(raw));
            case "services" -> String.join(", ", Arrays.stream(raw.split(","))
                    .map(name -> IncidentUi.label(MailService.valueOf(name))).toList());
            default -> field.equals("eta") || field.startsWith("milestone.") ? IncidentUi.time(Instant.parse(raw)) : raw;
        };
    }
}
