package org.outagedesk.status.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.util.List;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.status.MaintenanceWindow;

/** A quiet banner on every signed-in page while maintenance the person should know of is near or under way. */
@StyleSheet("styles/maintenance.css")
class MaintenanceBanner extends Div {

    MaintenanceBanner(List<MaintenanceWindow> shown, Clock clock) {
        setId("maintenance-banner");
        addClassName("maintenance-banner");
        for (MaintenanceWindow window : shown) {
            Icon icon = VaadinIcon.TOOLS.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            Span state = new Span(MaintenanceUi.state(window.state(clock.instant())));
            state.addClassName("maintenance-banner-state");
            Span text = new Span(window.title(getLocale()) + " · " + MaintenanceUi.when(window) + " · "
                    + MaintenanceUi.services(window));
            Div line = new Div(icon, state, text);
            line.setId("maintenance-banner-" + window.id());
            line.addClassName("maintenance-banner-line");
            add(line);
        }
        setTitle(Texts.t("status.maintenance.title"));
    }
}
