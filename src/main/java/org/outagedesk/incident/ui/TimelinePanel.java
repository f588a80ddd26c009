package org.outagedesk.incident.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Predicate;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineText;

/** The incident's timeline, newest first, and the field where staff add notes. */
class TimelinePanel extends Div {

    private final TextArea note = IncidentUi.withId(new TextArea(), "incident-note");
    private final Button add = IncidentUi.withId(new Button(), "incident-note-add");
    private final Div entries = IncidentUi.withId(new Div(), "incident-timeline");
    private final TimelineText sentences = new TimelineText(this::getTranslation, IncidentUi::time);

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
        Div head = new Div(who, new Span(" " + sentences.describe(item) + " "), when);
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
}
