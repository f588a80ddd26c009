package org.outagedesk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.account.Role;
import org.outagedesk.base.ui.DangerConfirmation;
import org.springframework.data.domain.PageRequest;

/** One account for an admin: its roles, and disabling or re-enabling it. */
class UserDialog extends Dialog {

    private final AccountService accounts;
    private final boolean own;
    private final Consumer<AccountSummary> onChanged;
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Paragraph details = new Paragraph();
    private final Button toggleEnabled = new Button();
    private AccountSummary account;

    UserDialog(AccountService accounts, AccountSummary account, boolean own, Consumer<AccountSummary> onChanged) {
        this.accounts = accounts;
        this.own = own;
        this.onChanged = onChanged;
        setId("user-dialog");
        setWidth("min(30rem, 100vw)");
        details.addClassName("muted");

        roles.setId("user-roles");
        roles.setLabel(getTranslation("account.users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(RoleLabels::role);
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        Button saveRoles = new Button(getTranslation("account.users.save-roles"), click -> saveRoles());
        saveRoles.setId("user-roles-save");
        saveRoles.addThemeVariants(ButtonVariant.PRIMARY);

        toggleEnabled.setId("user-toggle-enabled");
        toggleEnabled.addClickListener(click -> toggleEnabled());
        Paragraph ownNote = new Paragraph(getTranslation("account.users.own-account"));
        ownNote.addClassName("muted");
        ownNote.setVisible(own);
        toggleEnabled.setVisible(!own);

        Button close = new Button(getTranslation("account.users.close"), click -> close());
        close.setId("user-dialog-close");
        Div body = new Div(details, roles, saveRoles, ownNote);
        body.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.AlignItems.START,
                LumoUtility.Gap.SMALL);
        add(body);
        getFooter().add(toggleEnabled, close);
        show(account);
    }

    private void show(AccountSummary shown) {
        account = shown;
        setHeaderTitle(shown.displayName());
        details.setText(shown.email() + " · " + RoleLabels.origin(shown) + " · " + RoleLabels.status(shown)
                + (shown.department() == null ? "" : " · " + shown.department())
                + (shown.site() == null ? "" : " · " + shown.site()));
        roles.setValue(shown.roles().isEmpty() ? Set.of() : EnumSet.copyOf(shown.roles()));
        toggleEnabled.setText(getTranslation(shown.enabled() ? "account.users.disable" : "account.users.enable"));
        toggleEnabled.setIcon((shown.enabled() ? VaadinIcon.BAN : VaadinIcon.CHECK).create());
        toggleEnabled.removeThemeVariants(ButtonVariant.ERROR);
        if (shown.enabled()) {
            toggleEnabled.addThemeVariants(ButtonVariant.ERROR);
        }
    }

    private void saveRoles() {
        Set<Role> wanted = roles.getValue();
        try {
            AccountSummary current = account;
            for (Role role : Role.values()) {
                if (wanted.contains(role) && !current.has(role)) {
                    current = accounts.grant(current.id(), role);
                }
            }
            for (Role role : Role.values()) {
                if (!wanted.contains(role) && current.has(role)) {
                    current = accounts.revoke(current.id(), role);
                }
            }
            changed(current, getTranslation("account.users.roles-saved", current.displayName()));
        } catch (RuntimeException e) {
            AccountFeedback.error(e);
            reload();
        }
    }

    private void toggleEnabled() {
        if (!account.enabled()) {
            changeEnabled(true);
            return;
        }
        DangerConfirmation.open("user-disable-confirm",
                getTranslation("account.users.disable.title", account.displayName()),
                getTranslation("account.users.disable.text"), getTranslation("account.users.disable"),
                () -> changeEnabled(false));
    }

    private void changeEnabled(boolean enabled) {
        try {
            AccountSummary updated = accounts.setEnabled(account.id(), enabled);
            changed(updated, getTranslation(enabled ? "account.users.enabled" : "account.users.disabled",
                    updated.displayName()));
        } catch (RuntimeException e) {
            AccountFeedback.error(e);
            reload();
        }
    }

    private void changed(AccountSummary updated, String message) {
        show(updated);
        onChanged.accept(updated);
        AccountFeedback.success(message);
    }

    /** Shows the account as stored after a refused change. */
    private void reload() {
        accounts.search(account.email(), PageRequest.of(0, 5)).stream()
                .filter(found -> found.id() == account.id()).findFirst().ifPresent(this::show);
    }
}
