package org.outagedesk.incident;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the incident page (e.g. the runbook's checklist), contributed
 * as a bean so the incident module need not know it. Called once per page and incident shown.
 */
public interface IncidentPagePart {

    /** A new component for this incident and this person's UI. */
    Component create(long incidentId);
}
