package org.outagedesk.incident;

/**
 * An SOP checklist item to start with for a kind of failure.
 *
 * @param number the item's number on the checklist, e.g. "3.5"
 * @param title the item's title in the reader's language
 */
public record FirstStep(String number, String title) {}
