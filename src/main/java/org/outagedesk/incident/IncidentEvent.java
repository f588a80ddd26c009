package org.outagedesk.incident;

/** Something happened to an incident; published inside the transaction, fanned out after commit. */
public sealed interface IncidentEvent permits IncidentOpened, IncidentChanged, IncidentPhaseChanged, IncidentMerged {

    long incidentId();
}
