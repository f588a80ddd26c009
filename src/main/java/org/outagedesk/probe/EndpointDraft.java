package org.outagedesk.probe;

import java.util.Set;
import org.outagedesk.incident.MailService;

/**
 * What an admin enters for an endpoint. {@code password} is written encrypted when given; blank
 * keeps the stored one, and {@code clearPassword} removes it. {@code passwordEnvironmentVariable}
 * names an environment variable to read the password from instead.
 */
public record EndpointDraft(String name, MailProtocol protocol, String host, int port, TlsMode tls, String username,
        String password, boolean clearPassword, String passwordEnvironmentVariable, int intervalSeconds,
        boolean enabled, Long roundTripViaId, String roundTripAddress, Set<MailService> services) {

    /** A draft with the endpoint's current values and no password change. */
    public static EndpointDraft of(MailEndpoint endpoint) {
        return new EndpointDraft(endpoint.name(), endpoint.protocol(), endpoint.host(), endpoint.port(), endpoint.tls(),
                endpoint.username(), null, false, endpoint.secretEnvironmentVariable(), endpoint.intervalSeconds(),
                endpoint.enabled(), endpoint.roundTripViaId(), endpoint.roundTripAddress(), endpoint.services());
    }
}
