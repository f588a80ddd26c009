package org.outagedesk.status.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import org.outagedesk.account.Roles;
import org.outagedesk.base.ui.DangerConfirmation;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.status.MaintenanceService;
import org.outagedesk.status.MaintenanceState;
import org.outagedesk.status.MaintenanceWindow;

/** IT staff schedule, change and cancel planned maintenance; the status page and the banner follow. */
@Route("maintenance")
@RolesAllowed({Roles.IT_STAFF, Roles.ADMIN})
@StyleSheet("styles/maintenance.css")
public class MaintenanceView extends Div implements LocalizedTitle {

    private final MaintenanceService maintenance;
    private final Clock clock;
    private final Grid<MaintenanceWindow> grid = new Grid<>();

    public MaintenanceView(MaintenanceService maintenance, Clock clock) {
        this.maintenance = maintenance;
        this.clock = clock;
        addClassNames("view-content", "maintenance-view");
        Button add = new Button(Texts.t("status.maintenance.schedule"), VaadinIcon.PLUS.create(),
                click -> new MaintenanceDialog(null, draft -> saved(MaintenanceUi.attempt(() -> maintenance.schedule(draft)),
                        "status.maintenance.scheduled")).open());
        add.setId("maintenance-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div head = new Div(new H2(Texts.t("status.maintenance.title")), add);
        head.addClassName("view-heading");
        Paragraph intro = new Paragraph(Texts.t("status.maintenance.intro", maintenance.notice().toHours()));
        intro.addClassName("muted");
        Anchor page = new Anchor("/status", Texts.t("status.maintenance.open-page"));
        page.setRouterIgnore(true);
        page.setTarget("_blank");

        grid.setId("maintenance-windows");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(window -> window.title(getLocale())).setHeader(Texts.t("status.maintenance.column.title"))
                .setFlexGrow(3);
        grid.addColumn(MaintenanceUi::when).setHeader(Texts.t("status.maintenance.column.when")).setFlexGrow(3);
        grid.addColumn(MaintenanceUi::services).setHeader(Texts.t("status.maintenance.column.services"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::stateBadge).setHeader(Texts.t("status.maintenance.column.state"))
                .setAutoWidth(true);
        grid.addColumn(window -> Texts.t("status.maintenance.audience." + window.audience().name()
                .toLowerCase(Locale.ROOT))).setHeader(Texts.t("status.maintenance.field.audience")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(Texts.t("status.maintenance.empty"));
        add(head, intro, page, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(maintenance.recent());
    }

    private boolean saved(MaintenanceWindow window, String messageKey) {
        if (window == null) {
            return false;
        }
        MaintenanceUi.success(Texts.t(messageKey));
        refresh();
        return true;
    }

    private Span stateBadge(MaintenanceWindow window) {
        MaintenanceState state = window.state(clock.instant());
        Span badge = new Span(MaintenanceUi.state(state));
        badge.setId("maintenance-state-" + window.id());
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(switch (state) {
            case IN_PROGRESS -> "primary";
            case COMPLETED -> "success";
            case CANCELLED -> "contrast";
            case SCHEDULED -> "";
        });
        return badge;
    }

    private Div actions(MaintenanceWindow window) {
        Div actions = new Div();
        actions.addClassName("maintenance-actions");
        MaintenanceState state = window.state(clock.instant());
        if (state == MaintenanceState.COMPLETED || state == MaintenanceState.CANCELLED) {
            return actions;
        }
        String title = window.title(getLocale());
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> new MaintenanceDialog(window,
                draft -> saved(MaintenanceUi.attempt(() -> maintenance.change(window.id(), window.version(), draft)),
                        "status.maintenance.saved")).open());
        edit.setId("maintenance-edit-" + window.id());
        edit.setAriaLabel(Texts.t("status.maintenance.edit", title));
        edit.setTooltipText(Texts.t("status.maintenance.edit", title));
        Button cancel = new Button(VaadinIcon.BAN.create(), click -> DangerConfirmation.open("maintenance-cancel-confirm",
                Texts.t("status.maintenance.cancel-title", title), Texts.t("status.maintenance.cancel-text"),
                Texts.t("status.maintenance.cancel"), () -> saved(MaintenanceUi.attempt(() -> {
                    maintenance.cancel(window.id());
                    return window;
                }), "status.maintenance.cancelled")));
        cancel.setId("maintenance-cancel-" + window.id());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.setAriaLabel(Texts.t("status.maintenance.cancel-title", title));
        cancel.setTooltipText(Texts.t("status.maintenance.cancel-title", title));
        actions.add(edit, cancel);
        return actions;
    }

    @Override
    public String titleKey() {
        return "status.maintenance.title";
    }
}
