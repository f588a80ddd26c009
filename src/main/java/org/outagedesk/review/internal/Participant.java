package org.outagedesk.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person invited to a review. */
@Embeddable
record Participant(@Column(name = "account_id") long accountId, @Column(name = "account_name") String accountName) {}
