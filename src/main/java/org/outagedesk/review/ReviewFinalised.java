package org.outagedesk.review;

import java.time.Instant;

/** The commander finalised the review of an incident; its cause category is now settled. */
public record ReviewFinalised(long reviewId, long incidentId, CauseCategory cause, Instant finalisedAt) {}
