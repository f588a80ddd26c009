package org.outagedesk.probe.internal;

import java.util.List;
import org.outagedesk.base.RunAs;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.probe.MailEndpoint;
import org.outagedesk.probe.ProbeProperties;
import org.outagedesk.probe.ProbeResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * With {@code outagedesk.probe.auto-open-incident=true}: opens an incident for an endpoint that
 * failed the configured number of times in a row, recorded as opened by the account in
 * {@code outagedesk.probe.auto-open-as}. Only once while such an incident is open.
 */
@Component
class ProbeIncidentOpener {

    private static final Logger log = LoggerFactory.getLogger(ProbeIncidentOpener.class);

    private final ObjectProvider<IncidentService> incidents;
    private final ObjectProvider<UserDetailsService> users;
    private final ProbeProperties properties;

    ProbeIncidentOpener(ObjectProvider<IncidentService> incidents, ObjectProvider<UserDetailsService> users,
            ProbeProperties properties) {
        this.incidents = incidents;
        this.users = users;
        this.properties = properties;
    }

    /** The title an incident opened for this endpoint carries; also how a duplicate is recognised. */
    static String title(MailEndpoint endpoint) {
        return "Mail probe failing: " + endpoint.name();
    }

    synchronized void openFor(MailEndpoint endpoint, ProbeResult result) {
        String as = properties.autoOpenAs();
        if (as == null || as.isBlank()) {
            log.warn("outagedesk.probe.auto-open-incident is on but outagedesk.probe.auto-open-as names no account");
            return;
        }
        try {
            UserDetails user = users.getObject().loadUserByUsername(as);
            RunAs.with(user, user.getAuthorities(), () -> {
                IncidentService service = incidents.getObject();
                boolean open = service.list(IncidentState.OPEN).stream()
                        .anyMatch(incident -> incident.title().equals(title(endpoint)));
                if (!open) {
                    service.open(new NewIncident(title(endpoint), result.error() + ": " + result.message(),
                            endpoint.services(), Scope.ALL_USERS, Severity.SEV2, List.of()));
                    log.info("Opened an incident for failing endpoint {}", endpoint.name());
                }
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("Could not open an incident for failing endpoint {}: {}", endpoint.name(), e.toString());
        }
    }
}
