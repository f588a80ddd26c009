package org.outagedesk.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.outagedesk.account.AccountProperties;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.account.ApiTokenSummary;
import org.outagedesk.base.ui.DangerConfirmation;
import org.outagedesk.base.ui.LocalizedTitle;

/** The person's API tokens for {@code /api/v1}: create one (secret shown once), revoke one. */
@Route("profile/tokens")
@PermitAll
public class ApiTokensView extends Div implements LocalizedTitle {

    private final ApiTokenService tokens;
    private final Grid<ApiTokenSummary> grid = new Grid<>();
    private final Div empty = new Div();

    public ApiTokensView(ApiTokenService tokens, AccountProperties properties) {
        this.tokens = tokens;
        addClassNames("view-content", "tokens-view", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.LARGE);
        String apiUrl = properties.baseUrl().replaceAll("/+$", "") + "/api/v1/me";
        Section create = new Section(new H2(getTranslation("account.tokens.heading")),
                new Paragraph(getTranslation("account.tokens.intro")),
                new NewTokenForm(tokens, created -> {
                    new NewTokenDialog(created.secret(), apiUrl).open();
                    refresh();
                }));
        create.addClassName("panel");

        configureGrid();
        empty.setId("tokens-empty");
        empty.addClassName("empty-state");
        empty.add(new Paragraph(getTranslation("account.tokens.empty")),
                new Code("curl -H 'Authorization: Bearer od_…' " + apiUrl));
        Section list = new Section(new H2(getTranslation("account.tokens.list")), grid, empty);
        list.addClassName("panel");
        add(create, list);
        refresh();
    }

    private void configureGrid() {
        grid.setId("tokens-grid");
        grid.addThemeVariants(GridVariant.NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("account.tokens.name")).setFlexGrow(2);
        grid.addColumn(token -> token.prefix() + "…").setHeader(getTranslation("account.tokens.prefix"))
                .setAutoWidth(true);
        grid.addColumn(token -> UserTime.format(token.createdAt()))
                .setHeader(getTranslation("account.tokens.created")).setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null ? getTranslation("account.tokens.never")
                : UserTime.format(token.lastUsedAt())).setHeader(getTranslation("account.tokens.last-used"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("account.tokens.status")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private Component status(ApiTokenSummary token) {
        Span status = new Span(token.active() ? getTranslation("account.tokens.active")
                : getTranslation("account.tokens.revoked", UserTime.format(token.revokedAt())));
        if (!token.active()) {
            status.addClassName("status-off");
        }
        return status;
    }

    private Component revokeButton(ApiTokenSummary token) {
        if (!token.active()) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("account.tokens.revoke"), VaadinIcon.BAN.create(),
                click -> confirmRevoke(token));
        revoke.setId("token-revoke-" + token.id());
        revoke.addClassName("token-revoke");
        revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        return revoke;
    }

    private void confirmRevoke(ApiTokenSummary token) {
        DangerConfirmation.open("token-revoke-confirm", getTranslation("account.tokens.revoke.title", token.name()),
                getTranslation("account.tokens.revoke.text"), getTranslation("account.tokens.revoke"), () -> {
                    try {
                        tokens.revoke(token.id());
                        AccountFeedback.success(getTranslation("account.tokens.revoked-notice", token.name()));
                    } catch (RuntimeException e) {
                        AccountFeedback.error(e);
                    }
                    refresh();
                });
    }

    private void refresh() {
        List<ApiTokenSummary> mine = tokens.myTokens();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }

    @Override
    public String titleKey() {
        return "account.tokens.title";
    }
}
