package org.outagedesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.outagedesk.review.ActionItem;
import org.outagedesk.review.ActionItemDraft;
import org.outagedesk.review.ActionItemOwner;
import org.outagedesk.review.ActionItemPriority;
import org.outagedesk.review.ActionItemStatus;
import org.outagedesk.base.ui.Texts;

/** Creates an action item or changes one (title, owner, due date, priority, status). */
class ActionItemDialog extends Dialog {

    private final TextField title = ReviewUi.withId(new TextField(Texts.t("review.action.title")),
            "action-item-title");
    private final ComboBox<ActionItemOwner> owner = ReviewUi.withId(
            new ComboBox<>(Texts.t("review.action.owner")), "action-item-owner");
    private final DatePicker due = ReviewUi.withId(new DatePicker(Texts.t("review.action.due")),
            "action-item-due");
    private final Select<ActionItemPriority> priority = ReviewUi.withId(new Select<>(), "action-item-priority");
    private final Select<ActionItemStatus> status = ReviewUi.withId(new Select<>(), "action-item-status");

    /** {@code save} returns whether the change went through (the dialog stays open when refused). */
    ActionItemDialog(ActionItem existing, List<ActionItemOwner> owners, LocalDate today, Function<ActionItemDraft, Boolean> save) {
        setId("action-item-dialog");
        setHeaderTitle(Texts.t(existing == null ? "review.action.new" : "review.action.edit"));
        title.setRequired(true);
        title.setMaxLength(300);
        owner.setItems(owners);
        owner.setItemLabelGenerator(person -> person.team() == null ? person.name()
                : person.name() + " · " + person.team());
        owner.setRequired(true);
        due.setRequired(true);
        due.setLocale(getLocale());
        priority.setLabel(Texts.t("review.action.priority"));
        priority.setItems(ActionItemPriority.values());
        priority.setItemLabelGenerator(ReviewUi::label);
        status.setLabel(Texts.t("review.action.status"));
        status.setItems(ActionItemStatus.values());
        status.setItemLabelGenerator(ReviewUi::label);
        if (existing == null) {
            priority.setValue(ActionItemPriority.MEDIUM);
            status.setValue(ActionItemStatus.OPEN);
            status.setVisible(false);
            due.setValue(today.plusDays(14));
        } else {
            title.setValue(existing.title());
            owners.stream().filter(person -> person.accountId() == existing.ownerId()).findFirst()
                    .ifPresent(owner::setValue);
            due.setValue(existing.dueDate());
            priority.setValue(existing.priority());
            status.setValue(existing.status());
        }
        FormLayout form = new FormLayout(title, owner, due, priority, status);
        form.setColspan(title, 2);
        add(form);
        Button confirm = ReviewUi.withId(new Button(Texts.t("review.save"), click -> {
            if (valid() && save.apply(new ActionItemDraft(title.getValue(), owner.getValue().accountId(),
                    due.getValue(), priority.getValue(), status.getValue()))) {
                close();
            }
        }), "action-item-save");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(Texts.t("review.cancel"), click -> close()), confirm);
    }

    private boolean valid() {
        title.setInvalid(title.getValue().isBlank());
        title.setErrorMessage(Texts.t("review.action.error.title-required"));
        owner.setInvalid(owner.getValue() == null);
        owner.setErrorMessage(Texts.t("review.action.error.owner"));
        due.setInvalid(due.getValue() == null);
        due.setErrorMessage(Texts.t("review.action.error.due-required"));
        return !title.isInvalid() && !owner.isInvalid() && !due.isInvalid();
    }
}
