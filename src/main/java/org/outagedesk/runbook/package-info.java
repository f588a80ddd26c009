/**
 * The SOP checklist: versioned templates (the customer's mail-outage procedure and lighter
 * ones), one run per incident with items, assignees, append-only notes, evidence, two-person
 * sign-off and phase 4's action log. Implements the incident module's
 * {@link org.outagedesk.incident.PhaseGate} and adds its checklist to the incident page.
 */
package org.outagedesk.runbook;
