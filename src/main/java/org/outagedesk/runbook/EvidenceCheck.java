package org.outagedesk.runbook;

/**
 * A check that can run on demand for a checklist item and whose result is attached as evidence.
 *
 * @param id stable identifier, passed back to {@link EvidenceSource#run(String)}
 * @param labelKey message key of the button text; {@code argument} is its one argument
 */
public record EvidenceCheck(String id, String labelKey, String argument) {}
