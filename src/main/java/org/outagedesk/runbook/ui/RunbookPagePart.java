package org.outagedesk.runbook.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.outagedesk.account.Roles;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.ui.PageSection;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.live.LiveBus;
import org.outagedesk.runbook.EvidenceSource;
import org.outagedesk.runbook.RunbookService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;

/** Adds the checklist to the incident page. */
@org.springframework.stereotype.Component
@Order(10)
class RunbookPagePart implements PageSection {

    private final RunbookService runbooks;
    private final IncidentService incidents;
    private final LiveBus bus;
    private final AuthenticationContext authentication;
    private final ObjectProvider<EvidenceSource> evidenceSources;

    RunbookPagePart(RunbookService runbooks, IncidentService incidents, LiveBus bus,
            AuthenticationContext authentication, ObjectProvider<EvidenceSource> evidenceSources) {
        this.evidenceSources = evidenceSources;
        this.runbooks = runbooks;
        this.incidents = incidents;
        this.bus = bus;
        this.authentication = authentication;
    }

    @Override
    public String page() {
        return PageSection.INCIDENT;
    }

    @Override
    public com.vaadin.flow.component.Component create(long incidentId) {
        SignedInUser me = authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow();
        return new RunbookPanel(incidentId, runbooks, incidents, bus, me, authentication.hasRole(Roles.IT_STAFF),
                evidenceSources.orderedStream().toList());
    }
}
