package org.outagedesk.status.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.outagedesk.live.LiveBus;
import org.outagedesk.status.MaintenanceWindow;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The windows not yet ended, in memory: the probes ask for every result and the banner for every
 * page. Dropped when any node announces a status change (the live bus crosses nodes), read again
 * on the next question.
 */
@Component
class MaintenanceCache implements DisposableBean {

    private static final Duration ENDED_GRACE = Duration.ofDays(1);

    private final MaintenanceRepository windows;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final LiveBus bus;
    private final LiveBus.Subscription changes;
    private final AtomicLong generation = new AtomicLong();
    private volatile List<MaintenanceWindow> current;

    MaintenanceCache(MaintenanceRepository windows, TransactionTemplate transactions, Clock clock, LiveBus bus) {
        this.windows = windows;
        this.transactions = transactions;
        this.clock = clock;
        this.bus = bus;
        this.changes = bus.subscribe(StatusSnapshot.TOPIC, changed -> drop());
    }

    List<MaintenanceWindow> current() {
        List<MaintenanceWindow> known = current;
        if (known == null) {
            long before = generation.get();
            known = transactions.execute(status -> windows.findByEndsAtAfterOrderByStartsAtAsc(
                    clock.instant().minus(ENDED_GRACE)).stream().map(MaintenanceEntry::view).toList());
            if (generation.get() == before) { // a change during the read leaves the copy dropped
                current = known;
            }
        }
        return known;
    }

    private void drop() {
        generation.incrementAndGet();
        current = null;
    }

    /** After the surrounding transaction commits: every node drops its copy and rebuilds its status page. */
    void changedAfterCommit() {
        Runnable announce = () -> {
            drop();
            bus.publish(StatusSnapshot.TOPIC, StatusSnapshot.CHANGED);
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    announce.run();
                }
            });
        } else {
            announce.run();
        }
    }

    @Override
    public void destroy() {
        changes.close();
    }
}
