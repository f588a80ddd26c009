package org.outagedesk.status.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.outagedesk.base.ClusterLease;
import org.outagedesk.base.RunAs;
import org.outagedesk.status.MaintenanceAnnounced;
import org.outagedesk.status.MaintenanceState;
import org.outagedesk.status.MaintenanceWindow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells people when a maintenance window is announced (from the notice time before it), starts,
 * ends, or is cancelled after it was announced: each phase once, on one node, as a
 * {@link MaintenanceAnnounced} event in the transaction that records it.
 */
@Component
class MaintenanceAnnouncer {

    private static final Duration LOOK_BACK = Duration.ofDays(1);

    private final MaintenanceRepository windows;
    private final StatusProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ClusterLease lease;
    private final Clock clock;

    MaintenanceAnnouncer(MaintenanceRepository windows, StatusProperties properties, ApplicationEventPublisher events,
            TransactionTemplate transactions, ClusterLease lease, Clock clock) {
        this.windows = windows;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.lease = lease;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT10S")
    void periodically() {
        lease.runIfLeader("maintenance-announcer", Duration.ofSeconds(8), this::announceDue);
    }

    /** Announces every phase reached and not yet announced; returns how many. */
    synchronized int announceDue() {
        Instant now = clock.instant();
        return RunAs.withRoles("maintenance-announcer", () -> transactions.execute(status -> {
            int count = 0;
            for (MaintenanceEntry entry : windows.findByEndsAtAfterOrderByStartsAtAsc(now.minus(LOOK_BACK))) {
                MaintenanceWindow window = entry.view();
                MaintenanceState phase = phase(window, now);
                if (phase != null && windows.claimAnnouncement(window.id(), phase.name()) == 1) {
                    events.publishEvent(new MaintenanceAnnounced(window, phase));
                    count++;
                }
            }
            return count;
        }), "IT_STAFF");
    }

    /** The phase to have announced now, or null when there is nothing to say yet. */
    private MaintenanceState phase(MaintenanceWindow window, Instant now) {
        if (window.cancelled()) {
            return null; // a cancellation is announced by the cancel itself, when it was announced before
        }
        MaintenanceState state = window.state(now);
        if (state == MaintenanceState.SCHEDULED && !window.shown(now, properties.maintenanceNotice())) {
            return null;
        }
        return state;
    }
}
