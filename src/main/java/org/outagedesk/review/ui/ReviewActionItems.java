package org.outagedesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.outagedesk.review.ActionItem;
import org.outagedesk.review.ActionItemService;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.base.ui.Texts;

/** The review's action items, with adding and changing for IT staff. */
class ReviewActionItems extends Div {

    ReviewActionItems(ReviewDetails review, ActionItemService service, boolean staff, Runnable changed) {
        addClassName("review-action-items");
        Span title = new Span(Texts.t("review.actions.title"));
        title.addClassName("section-title");
        ActionItemList list = new ActionItemList(false, staff ? item -> edit(service, item, changed) : null);
        list.show(review.actionItems(), service.today(), "review.actions.empty", staff ? "review.actions.empty-hint"
                : "review.actions.empty-hint-manager");
        add(title, list);
        if (staff) {
            Button add = ReviewUi.withId(new Button(Texts.t("review.action.new"), VaadinIcon.PLUS.create(),
                    click -> new ActionItemDialog(null, service.owners(), service.today(), draft -> {
                        boolean done = ReviewUi.attempt(() -> service.create(review.id(), draft)) != null;
                        if (done) {
                            ReviewUi.success(Texts.t("review.action.created"));
                            changed.run();
                        }
                        return done;
                    }).open()), "action-item-add");
            add(add);
        }
    }

    static void edit(ActionItemService service, ActionItem item, Runnable changed) {
        new ActionItemDialog(item, service.owners(), service.today(), draft -> {
            boolean done = ReviewUi.attempt(() -> service.change(item.id(), item.version(), draft)) != null;
            if (done) {
                ReviewUi.success(Texts.t("review.action.saved"));
                changed.run();
            }
            return done;
        }).open();
    }
}
