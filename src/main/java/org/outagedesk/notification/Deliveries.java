package org.outagedesk.notification;

/** IT staff: how an update's messages are doing, and a retry of the failed ones. */
public interface Deliveries {

    /** Live topic announcing that delivery counts of an incident's updates moved (coalesced, a few times a second at most). */
    static String topic(long incidentId) {
        return "deliveries:" + incidentId;
    }

    DeliverySummary of(long updateId);

    /** Queues the update's failed messages again; answers how many. */
    int retryFailed(long updateId);
}
