package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.outagedesk.incident.Phase;
import org.outagedesk.runbook.ItemKind;
import org.outagedesk.runbook.TemplateItemDraft;
import org.outagedesk.base.ui.Texts;

/** Edits one template item in both languages. */
class TemplateItemDialog extends Dialog {

    private final Select<Phase> phase = RunbookUi.withId(new Select<>(), "runbook-item-phase");
    private final Select<ItemKind> kind = RunbookUi.withId(new Select<>(), "runbook-item-kind");
    private final TextField titleEs = RunbookUi.withId(new TextField(), "runbook-item-title-es");
    private final TextField titleEn = RunbookUi.withId(new TextField(), "runbook-item-title-en");
    private final TextField hintEs = RunbookUi.withId(new TextField(), "runbook-item-hint-es");
    private final TextField hintEn = RunbookUi.withId(new TextField(), "runbook-item-hint-en");
    private final Checkbox required = RunbookUi.withId(new Checkbox(), "runbook-item-required");
    private final Checkbox second = RunbookUi.withId(new Checkbox(), "runbook-item-second");

    TemplateItemDialog(TemplateItemDraft existing, Consumer<TemplateItemDraft> onSave) {
        setHeaderTitle(Texts.t(existing == null ? "runbook.admin.add" : "runbook.admin.edit"));
        phase.setLabel(Texts.t("runbook.admin.phase"));
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(p -> (p.ordinal() + 1) + " · " + RunbookUi.label(p));
        kind.setLabel(Texts.t("runbook.admin.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(RunbookUi::label);
        kind.addValueChangeListener(change -> {
            if (change.getValue() == ItemKind.VERIFICATION) {
                second.setValue(true);
            }
        });
        titleEs.setLabel(Texts.t("runbook.admin.title-es"));
        titleEn.setLabel(Texts.t("runbook.admin.title-en"));
        hintEs.setLabel(Texts.t("runbook.admin.hint-es"));
        hintEn.setLabel(Texts.t("runbook.admin.hint-en"));
        required.setLabel(Texts.t("runbook.admin.required"));
        second.setLabel(Texts.t("runbook.admin.second"));
        TemplateItemDraft start = existing != null ? existing
                : new TemplateItemDraft(Phase.ASSESSMENT, "", "", "", "", true, false, ItemKind.CHECK);
        phase.setValue(start.phase());
        kind.setValue(start.kind());
        titleEs.setValue(start.titleEs());
        titleEn.setValue(start.titleEn());
        hintEs.setValue(start.hintEs() == null ? "" : start.hintEs());
        hintEn.setValue(start.hintEn() == null ? "" : start.hintEn());
        required.setValue(start.required());
        second.setValue(start.needsSecondVerifier());
        add(new FormLayout(phase, kind, titleEs, titleEn, hintEs, hintEn, required, second));
        Button ok = RunbookUi.withId(new Button(Texts.t("runbook.admin.apply"), click -> {
            onSave.accept(new TemplateItemDraft(phase.getValue(), titleEs.getValue(), titleEn.getValue(),
                    hintEs.getValue(), hintEn.getValue(), required.getValue(), second.getValue(), kind.getValue()));
            close();
        }), "runbook-item-apply");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(Texts.t("runbook.cancel"), click -> close()), ok);
    }
}
