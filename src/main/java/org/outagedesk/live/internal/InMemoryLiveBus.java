package org.outagedesk.live.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.outagedesk.live.LiveBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** The single-node bus: subscribers per topic, deliveries on virtual threads. */
@Component
class InMemoryLiveBus implements LiveBus, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InMemoryLiveBus.class);

    private final Map<String, Set<Consumer<Object>>> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    @Override
    public void publish(String topic, Object payload) {
        Set<Consumer<Object>> receivers = subscribers.get(topic);
        if (receivers == null || delivery.isShutdown()) {
            return; // nobody listens, or the node is stopping (views detaching at shutdown still publish)
        }
        for (Consumer<Object> receiver : receivers) {
            delivery.execute(() -> {
                try {
                    receiver.accept(payload);
                } catch (RuntimeException e) {
                    log.debug("A live receiver on {} failed: {}", topic, e.toString());
                }
            });
        }
    }

    @Override
    public Subscription subscribe(String topic, Consumer<Object> receiver) {
        subscribers.computeIfAbsent(topic, key -> new CopyOnWriteArraySet<>()).add(receiver);
        return () -> subscribers.computeIfPresent(topic, (key, set) -> {
            set.remove(receiver);
            return set.isEmpty() ? null : set;
        });
    }

    int subscriberCount(String topic) {
        Set<Consumer<Object>> receivers = subscribers.get(topic);
        return receivers == null ? 0 : receivers.size();
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }
}
