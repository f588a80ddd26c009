package org.outagedesk.live.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import java.util.UUID;
import java.util.function.Consumer;
import org.outagedesk.live.LiveBus;
import org.springframework.beans.factory.DisposableBean;

/**
 * The bus on a cluster: delivers on this node at once (as on one node) and relays every message,
 * as JSON text, over one Hazelcast topic to the other nodes, which deliver it to their own
 * subscribers. A node ignores its own relayed messages.
 */
class ClusterLiveBus implements LiveBus, DisposableBean {

    static final String TOPIC = "outagedesk-live";

    private final InMemoryLiveBus local;
    private final LiveMessageCodec codec;
    private final ITopic<String> relay;
    private final UUID registration;

    ClusterLiveBus(HazelcastInstance hazelcast, InMemoryLiveBus local, LiveMessageCodec codec) {
        this.local = local;
        this.codec = codec;
        this.relay = hazelcast.getTopic(TOPIC);
        this.registration = relay.addMessageListener(this::fromOtherNode);
    }

    @Override
    public void publish(String topic, Object payload) {
        local.publish(topic, payload);
        codec.encode(topic, payload).ifPresent(relay::publish);
    }

    @Override
    public Subscription subscribe(String topic, Consumer<Object> receiver) {
        return local.subscribe(topic, receiver);
    }

    private void fromOtherNode(Message<String> message) {
        if (message.getPublishingMember() == null || !message.getPublishingMember().localMember()) {
            codec.decode(message.getMessageObject()).ifPresent(decoded -> local.publish(decoded.topic(), decoded.payload()));
        }
    }

    @Override
    public void destroy() {
        relay.removeMessageListener(registration);
    }
}
