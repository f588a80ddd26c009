package org.outagedesk.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Supplier;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.incident.IncidentDetails;

/**
 * A part of the incident page that reads as lists (one block the browser draws) until someone with
 * the right presses Edit, then shows its fields until Done editing. The fields are built only then.
 */
abstract class ReadThenEditPanel<F extends Component & ReadThenEditPanel.Fields> extends Div {

    /** The fields shown while editing; each saves on its own. */
    interface Fields {
        void show(IncidentDetails incident, boolean editable);

        void focusFirst();
    }

    private static final String EDIT = "edit";
    private static final String DONE = "done";

    private final String name;
    private final String editKey;
    private final Supplier<F> newFields;
    private final MarkupBlock summary;
    private F form;
    private IncidentDetails shown;
    private boolean editable;

    /** {@code name} gives the ids: {@code incident-<name>} for the lists, {@code incident-<name>-edit|done}. */
    ReadThenEditPanel(String name, String editKey, Supplier<F> newFields) {
        this.name = name;
        this.editKey = editKey;
        this.newFields = newFields;
        summary = IncidentUi.withId(new MarkupBlock(name + "-summary"), "incident-" + name);
        summary.onAction(action -> {
            if (EDIT.equals(action) && editable && form == null) {
                form = newFields.get();
                add(form);
                form.show(shown, true);
                form.focusFirst();
            } else if (DONE.equals(action) && form != null) {
                closeForm();
                summary.focusButton(EDIT);
            }
            showSummary();
        });
        add(summary);
    }

    /** The panel's heading, drawn with the lists; none when null. */
    String headingKey() {
        return null;
    }

    /** The lists for an incident, into {@code html}. */
    abstract void summarise(Markup html, IncidentDetails incident);

    void show(IncidentDetails incident, boolean editable) {
        this.shown = incident;
        this.editable = editable;
        if (form != null && !editable) {
            closeForm();
        }
        if (form != null) {
            form.show(incident, true);
        }
        showSummary();
    }

    private void closeForm() {
        remove(form);
        form = null;
    }

    /** While the fields are open they say it all: only the Done button is left above them. */
    private void showSummary() {
        summary.show(this::drawSummary);
    }

    private Markup drawSummary() {
        Markup html = new Markup();
        if (headingKey() != null) {
            html.line("h3", null, getTranslation(headingKey()));
        }
        boolean editing = form != null;
        if (!editing) {
            summarise(html, shown);
        }
        if (editable) {
            html.button("incident-" + name + "-" + (editing ? DONE : EDIT), editing ? DONE : EDIT,
                    editing ? "small primary" : "small", editing ? VaadinIcon.CHECK : VaadinIcon.EDIT,
                    getTranslation(editing ? "incident.details.done" : editKey),
                    "aria-expanded", String.valueOf(editing));
        }
        return html;
    }

    /** One label and value of a list; a missing value reads as a dash. */
    static void item(Markup html, String label, String value) {
        html.open("div", "class", "details-item").line("dt", null, label)
                .open("dd").text(value == null || value.isBlank() ? "—" : value).close("dd").close("div");
    }
}
