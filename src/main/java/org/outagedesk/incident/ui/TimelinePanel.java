package org.outagedesk.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Predicate;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.TimelineText;

/** The incident's timeline, newest first, and the field where staff add notes. */
class TimelinePanel extends Div {

    private final TextArea note = IncidentUi.withId(new TextArea(), "incident-note");
    private final Button add = IncidentUi.withId(new Button(), "incident-note-add");
    // Entries are only read: the browser draws them from one block.
    private final MarkupBlock entries = IncidentUi.withId(new MarkupBlock("timeline"), "incident-timeline");
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
        add(new H3(getTranslation("incident.section.timeline")), note, add, entries);
    }

    void show(List<TimelineItem> items, boolean canWrite) {
        note.setVisible(canWrite);
        add.setVisible(canWrite);
        entries.show(() -> draw(items));
    }

    private Markup draw(List<TimelineItem> items) {
        Markup html = new Markup();
        if (items.isEmpty()) {
            html.emptyState(VaadinIcon.TIME_BACKWARD, getTranslation("incident.timeline.empty"),
                    getTranslation("incident.timeline.empty-hint"));
        }
        items.forEach(item -> entry(html, item));
        return html;
    }

    private void entry(Markup html, TimelineItem item) {
        html.open("div", "class", "timeline-entry kind-" + item.kind().name().toLowerCase(java.util.Locale.ROOT))
                .avatar("timeline-avatar", item.actorName())
                .open("div", "class", "timeline-body")
                .open("div", "class", "timeline-head")
                .line("span", "timeline-who", item.actorName())
                .open("span").text(" " + sentences.describe(item) + " ").close("span")
                .line("span", "timeline-when", IncidentUi.time(item.at()))
                .close("div");
        if (item.note() != null && item.kind() != TimelineKind.REPORTS_LINKED) {
            html.open("div", "class", item.kind() == TimelineKind.NOTE ? "timeline-note" : "timeline-detail")
                    .open("span").text(item.note()).close("span").close("div");
        }
        if (item.copiedFrom() != null) {
            html.line("span", "od-chip copied-chip", getTranslation("incident.timeline.copied-from", item.copiedFrom()));
        }
        html.close("div").close("div");
    }
}
