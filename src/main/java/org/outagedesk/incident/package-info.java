/**
 * Incidents and triage: the triage queue with scope suggestions, incidents (scope, severity,
 * affected mail services, SOP phase, roles, timestamps, append-only timeline), merging, the
 * shared incident board and the incident page. Implements the report module's
 * {@link org.outagedesk.report.KnownOutages} so end users see known outages.
 */
package org.outagedesk.incident;
