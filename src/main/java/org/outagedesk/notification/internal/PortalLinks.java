package org.outagedesk.notification.internal;

import org.outagedesk.account.AccountProperties;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.incident.UpdateAudience;
import org.springframework.stereotype.Component;

/**
 * Addresses put in mail and chat messages: always the configured public base URL
 * ({@code outagedesk.base-url}) and a path, never the host a request happened to arrive on.
 */
@Component
class PortalLinks {

    private final String baseUrl;

    PortalLinks(AccountProperties portal) {
        this.baseUrl = portal.baseUrl().replaceAll("/+$", "");
    }

    /** A path in the portal as an absolute address; an address that already is one stays as it is. */
    String absolute(String path) {
        if (path == null || path.startsWith("https://") || path.startsWith("http://")) {
            return path;
        }
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    String statusPage() {
        return absolute("/status");
    }

    /** A link in a message: the address and the key of its words. */
    record Link(String url, String labelKey) {}

    /**
     * Where a reader follows an update: the public status page for a public one; the incident's
     * page for one written for IT or management, which the status page does not show.
     */
    Link follow(StatusUpdate update) {
        return update.audience() == UpdateAudience.PUBLIC ? new Link(statusPage(), "notification.mail.status-page")
                : new Link(absolute("/incidents/" + update.incidentId()), "notification.mail.incident-page");
    }
}
