package org.outagedesk.account.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.account.Roles;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.ui.LocalizedTitle;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Admin: find people, grant and revoke roles, disable and re-enable accounts. */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
public class AdminUsersView extends Div implements LocalizedTitle {

    private static final int NARROW = 700;

    private final AccountService accounts;
    private final long ownAccountId;
    private final TextField search = new TextField();
    private final Grid<AccountSummary> grid = new Grid<>();
    private List<Grid.Column<AccountSummary>> wideOnly = List.of();
    private Registration resizeListener;

    public AdminUsersView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.ownAccountId = authentication.getAuthenticatedUser(SignedInUser.class)
                .map(SignedInUser::accountId).orElse(-1L);
        addClassNames("view-content", "users-view");

        search.setId("users-search");
        search.setPlaceholder(getTranslation("account.users.search"));
        search.setAriaLabel(getTranslation("account.users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        configureGrid();
        Paragraph hint = new Paragraph(getTranslation("account.users.hint"));
        hint.addClassName("muted");
        Section panel = new Section(search, hint, grid);
        panel.addClassName("panel");
        add(panel);
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
        grid.setHeight("min(70vh, 44rem)");
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("account.field.email"))
                .setSortProperty("email").setFlexGrow(2).setResizable(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.field.name"))
                .setSortProperty("displayName").setFlexGrow(2).setResizable(true);
        Grid.Column<AccountSummary> department = grid.addColumn(AccountSummary::department)
                .setHeader(getTranslation("account.field.department")).setSortProperty("department");
        Grid.Column<AccountSummary> site = grid.addColumn(AccountSummary::site)
                .setHeader(getTranslation("account.field.site")).setSortProperty("site");
        Grid.Column<AccountSummary> roles = grid.addComponentColumn(RoleLabels::badges)
                .setHeader(getTranslation("account.users.roles")).setFlexGrow(2);
        Grid.Column<AccountSummary> origin = grid.addColumn(RoleLabels::origin)
                .setHeader(getTranslation("account.users.origin")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("account.users.status")).setAutoWidth(true);
        wideOnly = List.of(department, site, roles, origin);

        grid.setItems(query -> accounts.search(search.getValue(), page(query)).stream(),
                query -> (int) accounts.search(search.getValue(), PageRequest.of(0, 1)).getTotalElements());
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                open(event.getValue());
            }
        });
    }

    private static PageRequest page(Query<AccountSummary, Void> query) {
        PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
        return page.getSort().isSorted() ? page : page.withSort(Sort.by("email"));
    }

    private void open(AccountSummary account) {
        UserDialog dialog = new UserDialog(accounts, account, account.id() == ownAccountId,
                changed -> grid.getDataProvider().refreshAll());
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                grid.deselectAll();
            }
        });
        dialog.open();
    }

    private Component status(AccountSummary account) {
        Span status = new Span(RoleLabels.status(account));
        status.addClassName("user-status");
        if (!account.enabled() || account.disabledInDirectory() || !account.emailVerified()) {
            status.addClassName("status-off");
        }
        return status;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ExtendedClientDetails details = attachEvent.getUI().getPage().getExtendedClientDetails();
        if (details != null && details.getWindowInnerWidth() > 0) {
            fitColumns(details.getWindowInnerWidth());
        }
        resizeListener = attachEvent.getUI().getPage().addBrowserWindowResizeListener(
                event -> fitColumns(event.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (resizeListener != null) {
            resizeListener.remove();
        }
    }

    /** On a phone only e-mail, name and status stay; the dialog shows the rest. */
    private void fitColumns(int width) {
        wideOnly.forEach(column -> column.setVisible(width >= NARROW));
    }

    @Override
    public String titleKey() {
        return "account.users.title";
    }
}
