package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns a burst of change messages into at most one refresh per window per UI (a few pushes a
 * second, as Vaadin recommends): the first message schedules a refresh, later ones in the
 * window ride along; the refresh re-reads everything, so nothing is missed.
 */
final class CoalescedRefresh {

    static final long WINDOW_MILLIS = 250;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "runbook-refresh");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicBoolean pending = new AtomicBoolean();
    private final Runnable refresh;

    CoalescedRefresh(Runnable refresh) {
        this.refresh = refresh;
    }

    /** Asks for a refresh of this UI; safe from any thread. */
    void request(UI ui) {
        if (pending.compareAndSet(false, true)) {
            TIMER.schedule(() -> ui.access(() -> {
                pending.set(false);
                refresh.run();
            }), WINDOW_MILLIS, TimeUnit.MILLISECONDS);
        }
    }
}
