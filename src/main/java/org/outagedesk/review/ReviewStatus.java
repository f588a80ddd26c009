package org.outagedesk.review;

/** A review is written as a DRAFT by everyone involved; the commander makes it FINAL. */
public enum ReviewStatus {
    DRAFT,
    FINAL
}
