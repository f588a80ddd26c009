package org.outagedesk.incident;

/**
 * What the communications lead publishes once the incident is resolved.
 *
 * @param summary what happened and for how long
 * @param cause what caused it
 * @param prevention what was done so it does not happen again
 */
public record ResolutionSummary(String summary, String cause, String prevention) {}
