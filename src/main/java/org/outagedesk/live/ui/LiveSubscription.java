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

    public static void bind(Component component, LiveBus bus, String topic, Consumer<Object> handler) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            LiveBus.Subscription subscription = bus.subscribe(topic, payload -> ui.access(() -> handler.accept(payload)));
            component.addDetachListener(detach -> {
                subscription.close();
                detach.unregisterListener();
            });
        });
    }
}
