package org.outagedesk.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.outagedesk.live.LiveBus;

/**
 * Like {@link LiveSubscription#bind}, for a set of topics that changes while the page is open
 * (the incidents a person's reports are linked to): {@link #follow} subscribes to new topics and
 * drops the others. Subscribed only while the component is attached; each topic is delivered as
 * {@link LiveSubscription#bind} does, so a page whose browser is away costs a bounded amount.
 */
public final class LiveTopics {

    private final Component component;
    private final LiveBus bus;
    private final Consumer<Object> handler;
    // Touched only with the UI's session locked (attach, detach, follow).
    private final Map<String, LiveBus.Subscription> subscribed = new HashMap<>();
    private Set<String> wanted = Set.of();

    private LiveTopics(Component component, LiveBus bus, Consumer<Object> handler) {
        this.component = component;
        this.bus = bus;
        this.handler = handler;
    }

    /** Topics followed while the component is attached; none until {@link #follow} names them. */
    public static LiveTopics bind(Component component, LiveBus bus, Consumer<Object> handler) {
        LiveTopics topics = new LiveTopics(component, bus, handler);
        component.addAttachListener(attach -> topics.sync(attach.getUI()));
        component.addDetachListener(detach -> topics.closeAll());
        return topics;
    }

    /** From now on the component hears exactly these topics (while attached). */
    public void follow(Set<String> topics) {
        wanted = Set.copyOf(topics);
        component.getUI().ifPresent(this::sync);
    }

    private void sync(UI ui) {
        subscribed.entrySet().removeIf(entry -> {
            if (wanted.contains(entry.getKey())) {
                return false;
            }
            entry.getValue().close();
            return true;
        });
        for (String topic : wanted) {
            subscribed.computeIfAbsent(topic, added -> LiveSubscription.open(ui, bus, added, 1, handler));
        }
    }

    private void closeAll() {
        subscribed.values().forEach(LiveBus.Subscription::close);
        subscribed.clear();
    }
}
