package org.outagedesk.metrics.internal;

import java.util.Locale;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.account.Roles;
import org.outagedesk.base.RunAs;
import org.outagedesk.base.SignedInUser;

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
        RunAs.withRoles(this, work, Roles.IT_STAFF);
    }
}
