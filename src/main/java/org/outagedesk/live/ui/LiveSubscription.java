package org.outagedesk.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import org.outagedesk.live.LiveBus;

/**
 * Ties a live topic to a component's life: subscribes when it is attached, unsubscribes
 * when it is detached, and runs the handler inside {@code ui.access} so the change is
 * pushed to the browser.
 */
public final class LiveSubscription {

    private LiveSubscription() {}

    /**
     * Subscribes while the component is attached: from now on when it already is (a part built for
     * a view that Vaadin reuses for another incident is attached as it is added), and again each
     * time it is attached later.
     */
    public static void bind(Component component, LiveBus bus, String topic, Consumer<Object> handler) {
        component.addAttachListener(attach -> subscribe(component, attach.getUI(), bus, topic, handler));
        component.getUI().ifPresent(ui -> subscribe(component, ui, bus, topic, handler));
    }

    private static void subscribe(Component component, UI ui, LiveBus bus, String topic, Consumer<Object> handler) {
        LiveBus.Subscription subscription = bus.subscribe(topic, payload -> ui.access(() -> handler.accept(payload)));
        component.addDetachListener(detach -> {
            subscription.close();
            detach.unregisterListener();
        });
    }
}
