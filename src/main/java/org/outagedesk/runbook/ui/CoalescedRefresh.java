package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Turns a burst of change messages into at most one refresh per window per UI (a few pushes a
 * second, as Vaadin recommends). The first message after a quiet window refreshes at once, on the
 * thread that delivered it; messages within the window after a refresh ride along on one refresh
 * at the window's end. The refresh re-reads everything, so nothing is missed.
 *
 * <p>The shared timer only wakes a waiting refresh up: each refresh runs on its own virtual
 * thread, so a slow page never holds up the other open checklists.
 */
final class CoalescedRefresh {

    static final long WINDOW_MILLIS = 250;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "runbook-refresh");
        thread.setDaemon(true);
        return thread;
    });

    private final Runnable refresh;
    private boolean scheduled;
    private long lastRefresh = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(WINDOW_MILLIS);

    CoalescedRefresh(Runnable refresh) {
        this.refresh = refresh;
    }

    /** Asks for a refresh of this UI; safe from any thread. */
    void request(UI ui) {
        long waitNanos;
        synchronized (this) {
            if (scheduled) {
                return;
            }
            scheduled = true;
            waitNanos = lastRefresh + TimeUnit.MILLISECONDS.toNanos(WINDOW_MILLIS) - System.nanoTime();
        }
        if (waitNanos <= 0) {
            run(ui);
        } else {
            TIMER.schedule(() -> Thread.ofVirtual().name("runbook-refresh-", 0).start(() -> run(ui)), waitNanos,
                    TimeUnit.NANOSECONDS);
        }
    }

    /** Notes that the view just re-read everything (e.g. after the person's own change). */
    synchronized void refreshed() {
        lastRefresh = System.nanoTime();
    }

    private void run(UI ui) {
        try {
            ui.access(() -> {
                synchronized (this) {
                    scheduled = false;
                }
                refresh.run();
            });
        } catch (UIDetachedException gone) {
            synchronized (this) {
                scheduled = false;
            }
        }
    }
}
