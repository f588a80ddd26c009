package org.outagedesk.review.internal;

import java.util.function.Supplier;
import org.outagedesk.account.Role;
import org.outagedesk.base.RunAs;

/**
 * Runs work that no person started (the reminder job, the demo data) with the IT staff role, so
 * the checked services it calls let it in; the principal is the given one (a person the work is
 * done for) or a plain name. The previous security context is put back afterwards.
 */
final class ActingAs {

    private ActingAs() {}

    static <T> T staff(Object principal, Supplier<T> work) {
        return RunAs.withRoles(principal, work, Role.IT_STAFF.name());
    }
}
