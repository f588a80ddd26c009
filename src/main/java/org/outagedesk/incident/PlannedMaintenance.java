package org.outagedesk.incident;

import java.time.Instant;
import java.util.Set;

/**
 * The mail services under planned maintenance: their failing probes are expected then, so they
 * neither open nor suggest an incident. Implemented by the status module, which keeps the windows.
 */
public interface PlannedMaintenance {

    Set<MailService> underMaintenance(Instant at);
}
