package org.outagedesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.outagedesk.review.ActionItem;
import org.outagedesk.base.ui.Texts;

/** Action items as cards (readable at phone width): title, incident, owner and team, due date, priority, status. */
class ActionItemList extends Div {

    private final boolean showIncident;
    private final Consumer<ActionItem> onEdit;

    /** {@code onEdit} is null for people who may only read. */
    ActionItemList(boolean showIncident, Consumer<ActionItem> onEdit) {
        this.showIncident = showIncident;
        this.onEdit = onEdit;
        addClassName("action-item-list");
    }

    /** {@code today} is the reviews' today ({@code ActionItemService.today()}), which decides what is overdue. */
    void show(List<ActionItem> items, LocalDate today, String emptyTitleKey, String emptyHintKey) {
        removeAll();
        if (items.isEmpty()) {
            add(ReviewUi.emptyState(VaadinIcon.CHECK_SQUARE_O, Texts.t(emptyTitleKey), Texts.t(emptyHintKey)));
            return;
        }
        items.forEach(item -> add(card(item, today)));
    }

    private Div card(ActionItem item, LocalDate today) {
        Span title = new Span(item.title());
        title.addClassName("action-item-title");
        Div head = new Div(title, ReviewUi.statusChip(item.status(), item.overdue(today)));
        head.addClassName("action-item-head");
        Div facts = new Div(fact(VaadinIcon.USER, item.team() == null ? item.ownerName()
                : item.ownerName() + " · " + item.team()),
                fact(VaadinIcon.CALENDAR, Texts.t("review.action.due-on", DateTimeFormatter
                        .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(item.dueDate()))),
                ReviewUi.chip(ReviewUi.label(item.priority()),
                        "chip-priority-" + item.priority().name().toLowerCase(Locale.ROOT)));
        facts.addClassName("action-item-facts");
        if (showIncident) {
            RouterLink review = new RouterLink(item.incidentReference(), ReviewView.class,
                    new RouteParameters("id", String.valueOf(item.incidentId())));
            facts.addComponentAsFirst(review);
        }
        Div card = new Div(head, facts);
        card.addClassName("action-item-card");
        card.setId("action-item-" + item.id());
        if (item.overdue(today)) {
            card.addClassName("overdue");
        }
        if (onEdit != null) {
            Button edit = new Button(Texts.t("review.action.edit"), VaadinIcon.EDIT.create(),
                    click -> onEdit.accept(item));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setId("action-item-edit-" + item.id());
            card.add(edit);
        }
        return card;
    }

    private static Span fact(VaadinIcon icon, String text) {
        Span fact = new Span(icon.create(), new Span(text));
        fact.addClassName("action-item-fact");
        return fact;
    }
}
