package org.outagedesk.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.account.Role;
import org.outagedesk.base.ui.Texts;

/** Translated names of roles and account states, and roles as badges. */
final class RoleLabels {

    private RoleLabels() {}

    static String role(Role role) {
        return Texts.t("account.role." + role.name());
    }

    static Div badges(AccountSummary account) {
        Div badges = new Div();
        badges.addClassName("role-badges");
        Arrays.stream(Role.values()).filter(account::has).forEach(role -> {
            Span badge = new Span(role(role));
            badge.addClassName("role-badge");
            badges.add(badge);
        });
        return badges;
    }

    /** Where the account signs in: local, the LDAP directory, or which OpenID Connect provider. */
    static String origin(AccountSummary account) {
        return Texts.t("account.origin." + account.origin().name(), account.originProvider());
    }

    static String status(AccountSummary account) {
        String key = !account.enabled() ? "account.status.disabled"
                : account.disabledInDirectory() ? "account.status.disabled-in-directory"
                : !account.emailVerified() ? "account.status.unverified" : "account.status.enabled";
        return Texts.t(key);
    }
}
