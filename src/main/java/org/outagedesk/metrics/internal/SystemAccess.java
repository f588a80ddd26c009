package org.outagedesk.metrics.internal;

import java.util.function.Supplier;
import org.outagedesk.account.Roles;
import org.outagedesk.base.RunAs;

/**
 * Reads the incident module as the metrics module itself (the read rights of IT staff and managers, which
 * the incident and its linked reports need; only read methods are called through it),
 * whoever triggered the event or when nobody did (start-up), then puts the caller's context back.
 */
final class SystemAccess {

    private SystemAccess() {}

    static <T> T read(Supplier<T> work) {
        return RunAs.withRoles("metrics-read-model", work, Roles.MANAGER, Roles.IT_STAFF);
    }
}
