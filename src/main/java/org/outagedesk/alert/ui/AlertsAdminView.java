package org.outagedesk.alert.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.outagedesk.account.AccountProperties;
import org.outagedesk.account.Roles;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.alert.AlertAdministration;

/** Admins manage the alert token, see how labels are read, and see which alerts came in and where they went. */
@Route("admin/alerts")
@RolesAllowed(Roles.ADMIN)
@StyleSheet("styles/alerts.css")
public class AlertsAdminView extends Div implements LocalizedTitle {

    public AlertsAdminView(AlertAdministration administration, AccountProperties account) {
        addClassNames("view-content", "alerts-admin");
        String base = account.baseUrl().replaceAll("/+$", "") + "/api/v1/alerts/";
        Paragraph intro = new Paragraph(getTranslation("alert.admin.intro"));
        intro.addClassName("muted");
        Div endpoints = new Div(endpoint("alert.admin.alertmanager", base + "alertmanager"),
                endpoint("alert.admin.generic", base + "generic"));
        endpoints.addClassName("alert-endpoints");
        add(new H2(getTranslation("alert.admin.title")), intro, endpoints,
                new AlertTokenPanel(administration, base + "alertmanager"),
                new AlertMappingPanel(administration.mapping()),
                new RecentAlertsPanel(administration));
    }

    private Div endpoint(String labelKey, String url) {
        Code code = new Code(url);
        code.addClassName("alert-url");
        return new Div(new Span(getTranslation(labelKey) + " "), code);
    }

    @Override
    public String titleKey() {
        return "alert.admin.title";
    }

    @Override
    public String localizedTitle() {
        return getTranslation(titleKey());
    }
}
