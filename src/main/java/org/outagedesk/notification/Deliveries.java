package org.outagedesk.notification;

/** IT staff: how an update's messages are doing, and a retry of the failed ones. */
public interface Deliveries {

    DeliverySummary of(long updateId);

    /** Queues the update's failed messages again; answers how many. */
    int retryFailed(long updateId);
}
