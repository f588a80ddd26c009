package org.outagedesk.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Supplier;
import org.outagedesk.incident.IncidentDetails;

/**
 * A part of the incident page that reads as lists until someone with the right presses Edit, then
 * shows its fields until Done editing. The fields are built only then. The Edit button becomes the
 * Done button, so the keyboard focus stays on it when the fields close.
 */
abstract class ReadThenEditPanel<F extends Component & ReadThenEditPanel.Fields> extends Div {

    /** The fields shown while editing; each saves on its own. */
    interface Fields {
        void show(IncidentDetails incident, boolean editable);

        void focusFirst();
    }

    private final String name;
    private final String editKey;
    private final Supplier<F> newFields;
    private final Div lists = new Div();
    private final Button toggle = new Button();
    private F form;
    private IncidentDetails shown;
    private boolean editable;

    /** {@code name} gives the ids: {@code incident-<name>} for the lists, {@code incident-<name>-edit|done}. */
    ReadThenEditPanel(String name, String editKey, Supplier<F> newFields) {
        this.name = name;
        this.editKey = editKey;
        this.newFields = newFields;
        Div summary = IncidentUi.withId(new Div(), "incident-" + name);
        summary.addClassName(name + "-summary");
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(click -> {
            if (form == null && editable) {
                form = newFields.get();
                add(form);
                form.show(shown, true);
                form.focusFirst();
            } else if (form != null) {
                closeForm();
            }
            showSummary();
        });
        summary.add(lists, toggle);
        add(summary);
    }

    /** The panel's heading, shown with the lists; none when null. */
    String headingKey() {
        return null;
    }

    /** The lists for an incident. */
    abstract Component[] summarise(IncidentDetails incident);

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

    /** While the fields are open they say it all: only the heading and the Done button are left above them. */
    private void showSummary() {
        boolean editing = form != null;
        lists.removeAll();
        if (headingKey() != null) {
            lists.add(new H3(getTranslation(headingKey())));
        }
        if (!editing) {
            lists.add(summarise(shown));
        }
        toggle.setVisible(editable);
        toggle.setId("incident-" + name + "-" + (editing ? "done" : "edit"));
        toggle.setText(getTranslation(editing ? "incident.details.done" : editKey));
        toggle.setIcon((editing ? VaadinIcon.CHECK : VaadinIcon.EDIT).create());
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(editing));
        if (editing) {
            toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            toggle.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    /** A list of labels and values. */
    static DescriptionList list(Div... items) {
        DescriptionList list = new DescriptionList();
        list.addClassName("details-list");
        list.add(items);
        return list;
    }

    /** One label and value of a list; a missing value reads as a dash. */
    static Div item(String label, String value) {
        Div item = new Div(new DescriptionList.Term(label),
                new DescriptionList.Description(value == null || value.isBlank() ? "—" : value));
        item.addClassName("details-item");
        return item;
    }
}
