package org.outagedesk.probe.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.PlannedMaintenance;
import org.outagedesk.probe.MailEndpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Which failures are expected: those of services under planned maintenance, which suggest no incident. */
@Component
class ExpectedFailures {

    private final ObjectProvider<PlannedMaintenance> maintenance;

    ExpectedFailures(ObjectProvider<PlannedMaintenance> maintenance) {
        this.maintenance = maintenance;
    }

    Set<MailService> underMaintenance(Instant at) {
        PlannedMaintenance planned = maintenance.getIfAvailable();
        return planned == null ? EnumSet.noneOf(MailService.class) : planned.underMaintenance(at);
    }

    /** Whether every service of the endpoint is under maintenance at {@code at}. */
    boolean coversAll(MailEndpoint endpoint, Instant at) {
        return coversAll(endpoint, underMaintenance(at));
    }

    static boolean coversAll(MailEndpoint endpoint, Set<MailService> planned) {
        return !endpoint.services().isEmpty() && planned.containsAll(endpoint.services());
    }

    /** The endpoint's services that are not among {@code planned}. */
    static Set<MailService> notCovered(MailEndpoint endpoint, Set<MailService> planned) {
        Set<MailService> left = endpoint.services().isEmpty() ? EnumSet.noneOf(MailService.class)
                : EnumSet.copyOf(endpoint.services());
        left.removeAll(planned);
        return left;
    }
}
