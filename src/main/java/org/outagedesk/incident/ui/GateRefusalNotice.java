package org.outagedesk.incident.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import org.outagedesk.base.ui.RevealRequest;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.incident.PhaseGate;
import org.outagedesk.incident.PhaseGateRefused;

/**
 * A phase move the checklist refused: each open item by number and title in the reader's language,
 * each a button that leads to the item (on the incident page it is brought into view; elsewhere the
 * incident page opens on it). Stays until closed or followed, as it is the way to the items.
 */
final class GateRefusalNotice {

    /** The query parameter that opens the incident page on an item. */
    static final String REVEAL = "reveal";

    private GateRefusalNotice() {}

    static void show(PhaseGateRefused refused) {
        UI ui = UI.getCurrent();
        Notification notice = new Notification();
        notice.setId("incident-gate-refused");
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.setPosition(Notification.Position.MIDDLE);
        notice.setDuration(0);
        UnorderedList items = new UnorderedList();
        items.addClassName("gate-items");
        for (PhaseGate.OpenItem item : refused.openItems()) {
            Button go = IncidentUi.withId(new Button(item.label(ui.getLocale()), VaadinIcon.ARROW_RIGHT.create(),
                    click -> {
                        notice.close();
                        reveal(ui, refused.incidentId(), item.anchor());
                    }), "incident-gate-item-" + item.anchor());
            go.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            items.add(new ListItem(go));
        }
        Button close = IncidentUi.withId(new Button(Texts.t("incident.notification.close"), click -> notice.close()),
                "incident-gate-refused-close");
        close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        Div content = new Div(new Span(Texts.t("incident.gate.refused", IncidentUi.label(refused.target()),
                refused.openItems().size())), items, new Span(Texts.t("incident.gate.override-hint")), close);
        content.addClassName("gate-refusal");
        notice.add(content);
        notice.open();
    }

    /** On the incident's page the item is brought into view; from elsewhere its page opens on it. */
    private static void reveal(UI ui, long incidentId, String anchor) {
        if (ui.getCurrentView() instanceof IncidentView view && view.shows(incidentId)) {
            RevealRequest.fire(ui, anchor);
            return;
        }
        String path = RouteConfiguration.forSessionScope().getUrl(IncidentView.class,
                new RouteParameters("id", String.valueOf(incidentId)));
        ui.navigate(path, QueryParameters.of(REVEAL, anchor));
    }
}
