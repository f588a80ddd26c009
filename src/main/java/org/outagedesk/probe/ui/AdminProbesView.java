package org.outagedesk.probe.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.outagedesk.account.Roles;
import org.outagedesk.base.ui.DangerConfirmation;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.probe.EndpointDraft;
import org.outagedesk.probe.MailEndpoint;
import org.outagedesk.probe.ProbeService;

/** Admins add, change, switch off and delete probed mail endpoints, and (in the demo) simulate an outage. */
@Route("admin/probes")
@RolesAllowed(Roles.ADMIN)
@StyleSheet("styles/probe.css")
public class AdminProbesView extends Div implements LocalizedTitle {

    private final ProbeService probes;
    private final Grid<MailEndpoint> grid = new Grid<>();
    private final Div outage = new Div();

    public AdminProbesView(ProbeService probes) {
        this.probes = probes;
        addClassNames("view-content", "probe-view");
        Paragraph intro = new Paragraph(getTranslation("probe.admin.intro"));
        intro.addClassName("muted");
        Button add = new Button(getTranslation("probe.admin.add"), VaadinIcon.PLUS.create(),
                click -> new EndpointDialog(probes, null, this::refresh).open());
        add.setId("probe-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        outage.setId("probe-outage");
        outage.addClassName("probe-outage");

        grid.setId("probe-endpoints");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(MailEndpoint::name).setHeader(getTranslation("probe.field.name")).setFlexGrow(2);
        grid.addColumn(ProbeUi::where).setHeader(getTranslation("probe.admin.where")).setFlexGrow(3);
        grid.addColumn(endpoint -> getTranslation("probe.admin.every", endpoint.intervalSeconds()))
                .setHeader(getTranslation("probe.field.interval")).setAutoWidth(true);
        grid.addColumn(this::credentials).setHeader(getTranslation("probe.admin.credentials")).setFlexGrow(2);
        grid.addComponentColumn(this::enabledToggle).setHeader(getTranslation("probe.field.enabled")).setAutoWidth(true);
        grid.addComponentColumn(this::rowActions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("probe.admin.empty"));
        Div head = new Div(new H2(getTranslation("probe.admin.title")), add);
        head.addClassName("view-heading");
        add(head, intro, outage, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(probes.endpoints());
        outage.removeAll();
        outage.setVisible(probes.outageSimulationAvailable());
        if (!probes.outageSimulationAvailable()) {
            return;
        }
        boolean down = probes.outageSimulated();
        Span state = new Span(getTranslation(down ? "probe.outage.down" : "probe.outage.up"));
        state.setId("probe-outage-state");
        state.addClassNames("probe-badge", down ? "probe-badge-failing" : "probe-badge-ok");
        Button toggle = new Button(getTranslation(down ? "probe.outage.restore" : "probe.outage.simulate"),
                (down ? VaadinIcon.PLAY : VaadinIcon.STOP).create());
        toggle.setId("probe-outage-toggle");
        toggle.addThemeVariants(down ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
        toggle.addClickListener(click -> {
            if (down) {
                switchOutage(false);
            } else {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("probe.outage.confirm-title"),
                        getTranslation("probe.outage.confirm-text"), getTranslation("probe.outage.simulate"),
                        event -> switchOutage(true), getTranslation("probe.cancel"), event -> { });
                confirm.setConfirmButtonTheme("error primary");
                confirm.setId("probe-outage-confirm");
                confirm.open();
            }
        });
        Div text = new Div(new Span(getTranslation("probe.outage.title")), state);
        text.addClassName("probe-outage-text");
        Paragraph hint = new Paragraph(getTranslation("probe.outage.hint"));
        hint.addClassName("muted");
        outage.add(text, hint, toggle);
    }

    private void switchOutage(boolean down) {
        if (ProbeUi.attempt(() -> probes.simulateOutage(down))) {
            ProbeUi.success(getTranslation(down ? "probe.outage.stopped" : "probe.outage.started"));
        }
        refresh();
    }

    private String credentials(MailEndpoint endpoint) {
        if (endpoint.username() == null) {
            return getTranslation("probe.admin.no-login");
        }
        String source = endpoint.hasStoredSecret() ? getTranslation("probe.admin.secret-stored")
                : endpoint.secretEnvironmentVariable() != null
                        ? getTranslation("probe.admin.secret-env", endpoint.secretEnvironmentVariable())
                        : getTranslation("probe.admin.secret-none");
        return endpoint.username() + " · " + source;
    }

    private Checkbox enabledToggle(MailEndpoint endpoint) {
        Checkbox enabled = new Checkbox(endpoint.enabled());
        enabled.setId("probe-enabled-" + endpoint.id());
        enabled.setAriaLabel(getTranslation("probe.field.enabled") + " " + endpoint.name());
        enabled.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                EndpointDraft draft = EndpointDraft.of(endpoint);
                ProbeUi.attempt(() -> probes.change(endpoint.id(), endpoint.version(), new EndpointDraft(draft.name(),
                        draft.protocol(), draft.host(), draft.port(), draft.tls(), draft.username(), null, false,
                        draft.passwordEnvironmentVariable(), draft.intervalSeconds(), change.getValue(),
                        draft.roundTripViaId(), draft.roundTripAddress(), draft.services())));
                refresh();
            }
        });
        return enabled;
    }

    private Div rowActions(MailEndpoint endpoint) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> new EndpointDialog(probes, endpoint, this::refresh)
                .open());
        edit.setId("probe-edit-" + endpoint.id());
        edit.setAriaLabel(getTranslation("probe.admin.edit", endpoint.name()));
        edit.setTooltipText(getTranslation("probe.admin.edit", endpoint.name()));
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> DangerConfirmation.open("probe-delete-confirm",
                getTranslation("probe.admin.delete-title", endpoint.name()), getTranslation("probe.admin.delete-text"),
                getTranslation("probe.admin.delete"), () -> {
                    probes.delete(endpoint.id());
                    ProbeUi.success(getTranslation("probe.admin.deleted", endpoint.name()));
                    refresh();
                }));
        delete.setId("probe-delete-" + endpoint.id());
        delete.setAriaLabel(getTranslation("probe.admin.delete-title", endpoint.name()));
        delete.setTooltipText(getTranslation("probe.admin.delete"));
        for (Button button : new Button[] {edit, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new Div(edit, delete);
    }

    @Override
    public String titleKey() {
        return "probe.admin.title";
    }
}
