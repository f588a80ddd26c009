package org.outagedesk.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.BooleanSupplier;

/** A dialog with a short explanation, a body and a confirm button that closes it when the action succeeds. */
class FormDialog extends Dialog {

    private final Button confirm;

    FormDialog(String title, String intro, String confirmLabel, String confirmId, BooleanSupplier action) {
        setHeaderTitle(title);
        addClassName("od-dialog");
        if (intro != null) {
            Paragraph text = new Paragraph(intro);
            text.addClassName("muted");
            add(text);
        }
        confirm = new Button(confirmLabel, click -> {
            if (action.getAsBoolean()) {
                close();
            }
        });
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("incident.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, confirm);
    }

    FormDialog body(Component... components) {
        add(components);
        return this;
    }

    Button confirmButton() {
        return confirm;
    }
}
