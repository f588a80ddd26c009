package org.outagedesk.live.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One topic's messages on their way to one open page, at a cost bounded by the page and not by
 * how many messages came while its browser was away (asleep, frozen, gone without closing):
 * <ul>
 *   <li>at most one update waits, holding at most {@code keep} distinct messages: the same message
 *       twice is kept once, and past {@code keep} they all become one
 *       {@link LiveSubscription#SEVERAL_CHANGES};</li>
 *   <li>while the browser has not taken the changes of the previous update (Flow still holds
 *       them in the UI's state tree), the next update is not applied but held until just before
 *       the next response to that browser, so changes never pile up behind a silent client;</li>
 *   <li>a page whose browser stayed silent past Vaadin's heartbeat expiry (three missed
 *       heartbeats, {@code vaadin.heartbeatInterval}) is closed and let go; when the browser
 *       comes back, Vaadin tells it to load the page again.</li>
 * </ul>
 */
final class LiveDelivery {

    private static final List<Object> SEVERAL = List.of(LiveSubscription.SEVERAL_CHANGES);

    private final UI ui;
    private final int keep;
    private final Consumer<Object> handler;
    private Runnable unsubscribe = () -> {};

    // Guarded by this: the messages waiting for the page; an update is on its way when not empty.
    private List<Object> waiting = new ArrayList<>();
    // Read and written only while the UI's session is locked.
    private boolean heldForNextResponse;

    LiveDelivery(UI ui, int keep, Consumer<Object> handler) {
        this.ui = ui;
        this.keep = keep;
        this.handler = handler;
    }

    void unsubscribeWith(Runnable unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    /** Called by the bus, on any thread. */
    void deliver(Object message) {
        if (!pageStillThere()) {
            letGo();
            return;
        }
        synchronized (this) {
            boolean queued = !waiting.isEmpty();
            waiting = merge(waiting, message, keep);
            if (queued) {
                return;
            }
        }
        try {
            ui.access(this::applyOrHold);
        } catch (UIDetachedException gone) {
            letGo();
        }
    }

    private void applyOrHold() {
        if (heldForNextResponse) {
            return;
        }
        if (ui.getInternals().getStateTree().hasDirtyNodes()) {
            heldForNextResponse = true;
            ui.beforeClientResponse(ui, context -> {
                heldForNextResponse = false;
                apply();
            });
            return;
        }
        apply();
    }

    private void apply() {
        List<Object> messages;
        synchronized (this) {
            messages = waiting;
            waiting = new ArrayList<>();
        }
        messages.forEach(handler);
    }

    private boolean pageStillThere() {
        VaadinSession session = ui.getSession();
        return session != null && session.getService().isUIActive(ui);
    }

    private void letGo() {
        unsubscribe.run();
        try {
            ui.access(() -> {
                VaadinSession session = ui.getSession();
                if (session != null) {
                    ui.close();
                    session.removeUI(ui);
                }
            });
        } catch (UIDetachedException alreadyGone) {
            // nothing left to release
        }
    }

    /** The waiting messages with the next one added: kept once, or all merged past {@code keep}. */
    static List<Object> merge(List<Object> waiting, Object next, int keep) {
        if (waiting == SEVERAL || waiting.contains(next)) {
            return waiting;
        }
        if (waiting.size() >= keep) {
            return SEVERAL;
        }
        List<Object> more = new ArrayList<>(waiting);
        more.add(next);
        return more;
    }
}
