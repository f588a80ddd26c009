package org.outagedesk.alert.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.outagedesk.account.Roles;
import org.outagedesk.base.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The "Monitoring" system actor: who a request with the alert token acts as. It is no
 * account (id 0, which no account has), so the timeline shows "Monitoring". It holds the
 * MONITORING role (opening incidents unacknowledged, monitoring timeline entries) and IT
 * staff's (reading the incident it updates, and starting the new incident's checklist as a
 * person on triage would); the alert token reaches only the alert endpoints.
 */
record MonitoringPrincipal() implements SignedInUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String NAME = "Monitoring";

    static Authentication authentication() {
        MonitoringPrincipal principal = new MonitoringPrincipal();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of(
                new SimpleGrantedAuthority("ROLE_" + Roles.MONITORING),
                new SimpleGrantedAuthority("ROLE_" + Roles.IT_STAFF)));
    }

    @Override
    public long accountId() {
        return 0;
    }

    @Override
    public String email() {
        return "monitoring@outagedesk.invalid";
    }

    @Override
    public String displayName() {
        return NAME;
    }

    @Override
    public Locale language() {
        return Locale.ENGLISH;
    }
}
