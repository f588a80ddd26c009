package org.outagedesk.metrics.internal;

import java.util.List;
import java.util.Locale;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.account.Roles;
import org.outagedesk.base.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A demo IT staff member acting for the demo seeder (the embedded default only). */
record StaffPrincipal(long accountId, String email, String displayName) implements SignedInUser {

    static StaffPrincipal of(LoginAccount account) {
        return new StaffPrincipal(account.id(), account.email(), account.displayName());
    }

    @Override
    public Locale language() {
        return null;
    }

    void runAs(Runnable work) {
        SystemAccess.as(UsernamePasswordAuthenticationToken.authenticated(this, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.IT_STAFF))), () -> {
                    work.run();
                    return null;
                });
    }
}
