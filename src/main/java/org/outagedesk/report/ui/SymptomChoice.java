package org.outagedesk.report.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Map;
import org.outagedesk.report.Symptom;

/** "What is wrong?" as large tiles: an icon, a plain-language label and a hint each. */
class SymptomChoice extends RadioButtonGroup<Symptom> {

    private static final Map<Symptom, VaadinIcon> ICONS = Map.of(
            Symptom.CANNOT_SEND, VaadinIcon.PAPERPLANE_O,
            Symptom.CANNOT_RECEIVE, VaadinIcon.INBOX,
            Symptom.DELAYED, VaadinIcon.HOURGLASS,
            Symptom.BOUNCED, VaadinIcon.REPLY,
            Symptom.LOGIN, VaadinIcon.KEY_O,
            Symptom.MAILBOX_FULL, VaadinIcon.ARCHIVE,
            Symptom.SPAM_PHISHING, VaadinIcon.WARNING,
            Symptom.SYNC, VaadinIcon.REFRESH,
            Symptom.OTHER, VaadinIcon.QUESTION_CIRCLE_O);

    SymptomChoice() {
        setId("report-symptom");
        addClassName("symptom-tiles");
        setLabel(getTranslation("report.form.symptom"));
        setRequiredIndicatorVisible(true);
        setItems(Symptom.values());
        setItemLabelGenerator(symptom -> getTranslation("report.symptom." + symptom.name()));
        setRenderer(new ComponentRenderer<>(this::tile));
    }

    private Span tile(Symptom symptom) {
        Span icon = new Span(ICONS.get(symptom).create());
        icon.addClassName("symptom-icon");
        Span label = new Span(getTranslation("report.symptom." + symptom.name()));
        label.addClassName("symptom-label");
        Span hint = new Span(getTranslation("report.symptom." + symptom.name() + ".hint"));
        hint.addClassName("symptom-hint");
        Span text = new Span(label, hint);
        text.addClassName("symptom-text");
        Span tile = new Span(icon, text);
        tile.addClassName("symptom-tile");
        return tile;
    }
}
