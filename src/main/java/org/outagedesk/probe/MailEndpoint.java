package org.outagedesk.probe;

import java.util.Set;
import org.outagedesk.incident.MailService;

/**
 * A probed mail endpoint as admins and IT staff see it; credentials are never part of it, only
 * whether some are set.
 *
 * @param roundTripViaId for SMTP endpoints: the IMAP endpoint the round-trip message is read back from
 * @param roundTripAddress the mailbox the round-trip message is sent to
 */
public record MailEndpoint(long id, String name, MailProtocol protocol, String host, int port, TlsMode tls,
        String username, boolean hasStoredSecret, String secretEnvironmentVariable, int intervalSeconds,
        boolean enabled, Long roundTripViaId, String roundTripAddress, Set<MailService> services, boolean demo,
        long version) {

    public boolean roundTrip() {
        return roundTripViaId != null && roundTripAddress != null && !roundTripAddress.isBlank();
    }
}
