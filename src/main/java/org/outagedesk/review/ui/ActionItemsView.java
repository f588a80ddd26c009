package org.outagedesk.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.outagedesk.account.Roles;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.review.ActionItem;
import org.outagedesk.review.ActionItemFilter;
import org.outagedesk.review.ActionItemService;
import org.outagedesk.base.ui.Texts;

/** Every review's action items, filtered by mine, overdue, team and open; IT staff change them here too. */
@Route("action-items")
@RolesAllowed({Roles.IT_STAFF, Roles.MANAGER})
@StyleSheet("styles/review.css")
public class ActionItemsView extends Div implements LocalizedTitle {

    private final ActionItemService service;
    private final Checkbox mine = ReviewUi.withId(new Checkbox(Texts.t("review.filter.mine")), "filter-mine");
    private final Checkbox overdue = ReviewUi.withId(new Checkbox(Texts.t("review.filter.overdue")),
            "filter-overdue");
    private final Checkbox open = ReviewUi.withId(new Checkbox(Texts.t("review.filter.open")), "filter-open");
    private final ComboBox<String> team = ReviewUi.withId(new ComboBox<>(), "filter-team");
    private final Span count = ReviewUi.withId(new Span(), "action-items-count");
    private final ActionItemList list;

    public ActionItemsView(ActionItemService service, AuthenticationContext authentication) {
        this.service = service;
        addClassNames("view-content", "action-items-view");
        boolean staff = authentication.hasRole(Roles.IT_STAFF);
        list = new ActionItemList(true, staff ? item -> ReviewActionItems.edit(service, item, this::refresh) : null);
        list.setId("action-items-list");
        team.setPlaceholder(Texts.t("review.filter.team"));
        team.setAriaLabel(Texts.t("review.filter.team"));
        team.setItems(service.teams());
        team.setClearButtonVisible(true);
        open.setValue(true);
        mine.setVisible(staff);
        List.of(mine, overdue, open).forEach(box -> box.addValueChangeListener(event -> refresh()));
        team.addValueChangeListener(event -> refresh());
        Div filters = new Div(mine, overdue, open, team, count);
        filters.addClassName("action-item-filters");
        add(new H2(Texts.t("review.actions.all")), filters, list);
        refresh();
    }

    void refresh() {
        List<ActionItem> items = service.list(new ActionItemFilter(mine.getValue(), overdue.getValue(),
                team.getValue(), open.getValue()));
        count.setText(Texts.t("review.actions.count", items.size()));
        list.show(items, service.today(), "review.actions.none", "review.actions.none-hint");
    }

    @Override
    public String titleKey() {
        return "review.actions.all";
    }
}
