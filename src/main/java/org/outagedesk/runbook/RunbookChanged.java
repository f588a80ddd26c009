package org.outagedesk.runbook;

/** Something in an incident's checklist changed ({@code itemId} 0 for the run or its action log). */
public record RunbookChanged(long incidentId, long itemId, long actorId) {}
