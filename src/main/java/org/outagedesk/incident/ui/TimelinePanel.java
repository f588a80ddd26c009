package org.outagedesk.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.outagedesk.base.ui.VirtualLists;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.TimelineText;

/**
 * The incident's timeline, newest first, and the field where staff add notes. The entries are a
 * virtual list: the template is sent once and only the entries in view travel, as data.
 */
class TimelinePanel extends Div {

    /** One entry; every text is a binding, so what people typed stays text. */
    private static final String ENTRY = """
            <div class="timeline-entry kind-${item.kind}">
              <vaadin-avatar class="timeline-avatar" name="${item.who}" aria-hidden="true" tabindex="-1"></vaadin-avatar>
              <div class="timeline-body">
                <div class="timeline-head"><span class="timeline-who">${item.who}</span>
                  <span>${item.what}</span> <span class="timeline-when">${item.when}</span></div>
                <div class="${item.noteClass}" ?hidden="${!item.note}"><span>${item.note}</span></div>
                <span class="od-chip copied-chip" ?hidden="${!item.copied}">${item.copied}</span>
              </div>
            </div>""";

    private final TextArea note = IncidentUi.withId(new TextArea(), "incident-note");
    private final Button add = IncidentUi.withId(new Button(), "incident-note-add");
    private final VirtualList<TimelineItem> entries = IncidentUi.withId(new VirtualList<>(), "incident-timeline");
    private final Div empty = IncidentUi.emptyState(VaadinIcon.TIME_BACKWARD, getTranslation("incident.timeline.empty"),
            getTranslation("incident.timeline.empty-hint"));
    /** The entries in words, for the reader's language when last shown. */
    private TimelineText sentences = words();

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
        VirtualLists.scrollableByKeyboard(entries, getTranslation("incident.section.timeline"));
        entries.setRenderer(LitRenderer.<TimelineItem>of(ENTRY)
                .withProperty("kind", item -> item.kind().name().toLowerCase(Locale.ROOT))
                .withProperty("who", TimelineItem::actorName)
                .withProperty("what", item -> sentences.describe(item))
                .withProperty("when", item -> IncidentUi.time(item.at()))
                .withProperty("note", item -> sentences.detail(item))
                .withProperty("noteClass", item -> item.kind() == TimelineKind.NOTE
                        || item.kind() == TimelineKind.STATUS_UPDATE ? "timeline-note" : "timeline-detail")
                .withProperty("copied", item -> item.copiedFrom() == null ? ""
                        : getTranslation("incident.timeline.copied-from", (Object) item.copiedFrom())));
        add(new H3(getTranslation("incident.section.timeline")), note, add, empty, entries);
    }

    private TimelineText words() {
        return new TimelineText(this::getTranslation, IncidentUi::time, getLocale());
    }

    void show(List<TimelineItem> items, boolean canWrite) {
        sentences = words();
        note.setVisible(canWrite);
        add.setVisible(canWrite);
        empty.setVisible(items.isEmpty());
        entries.setVisible(!items.isEmpty());
        entries.setItems(items);
    }
}
