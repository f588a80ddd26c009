package org.outagedesk.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import org.outagedesk.live.LiveBus;

/**
 * Ties a live topic to a component's life: subscribes when it is attached, unsubscribes
 * when it is detached, and runs the handler inside {@code ui.access} so the change is
 * pushed to the browser. A page whose browser stops taking changes costs a bounded amount
 * ({@link LiveDelivery}): handlers re-read what they show, so one update stands for many.
 */
public final class LiveSubscription {

    /**
     * What a handler receives in place of a message when different messages arrived while the
     * page was waiting for its browser: re-read everything the topic covers.
     */
    public static final Object SEVERAL_CHANGES = new Object() {
        @Override
        public String toString() {
            return "several changes";
        }
    };

    /** How many different messages {@link #bindEach} keeps for a page before they become one. */
    static final int KEPT_FOR_EACH = 32;

    private LiveSubscription() {}

    /**
     * Subscribes while the component is attached: from now on when it already is (a part built for
     * a view that Vaadin reuses for another incident is attached as it is added), and again each
     * time it is attached later.
     */
    public static void bind(Component component, LiveBus bus, String topic, Consumer<Object> handler) {
        bind(component, bus, topic, 1, handler);
    }

    /**
     * Like {@link #bind}, for handlers that act on each message rather than re-read (who is editing
     * what, a notice per change): up to {@value #KEPT_FOR_EACH} different messages wait for a page
     * one by one before they become {@link #SEVERAL_CHANGES}.
     */
    public static void bindEach(Component component, LiveBus bus, String topic, Consumer<Object> handler) {
        bind(component, bus, topic, KEPT_FOR_EACH, handler);
    }

    private static void bind(Component component, LiveBus bus, String topic, int keep, Consumer<Object> handler) {
        component.addAttachListener(attach -> subscribe(component, attach.getUI(), bus, topic, keep, handler));
        component.getUI().ifPresent(ui -> subscribe(component, ui, bus, topic, keep, handler));
    }

    private static void subscribe(Component component, UI ui, LiveBus bus, String topic, int keep,
            Consumer<Object> handler) {
        LiveBus.Subscription subscription = open(ui, bus, topic, keep, handler);
        component.addDetachListener(detach -> {
            subscription.close();
            detach.unregisterListener();
        });
    }

    /** The topic's messages delivered to the UI (bounded, coalesced); closed with the subscription. */
    static LiveBus.Subscription open(UI ui, LiveBus bus, String topic, int keep, Consumer<Object> handler) {
        LiveDelivery delivery = new LiveDelivery(ui, keep, handler);
        LiveBus.Subscription subscription = bus.subscribe(topic, delivery::deliver);
        delivery.unsubscribeWith(subscription::close);
        return subscription;
    }
}
