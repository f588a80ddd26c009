package org.outagedesk.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.outagedesk.live.LiveBus;
import org.outagedesk.notification.Deliveries;

/** Delivery progress is coalesced: many state changes between two flushes make one live message per incident. */
class DeliveryProgressTest {

    /** Records what is published. */
    static final class RecordingBus implements LiveBus {
        final List<String> topics = new CopyOnWriteArrayList<>();

        @Override
        public void publish(String topic, Object payload) {
            topics.add(topic);
        }

        @Override
        public Subscription subscribe(String topic, Consumer<Object> receiver) {
            return () -> {};
        }
    }

    @Test
    void aBatchOfThreeHundredMessagesIsAnnouncedOncePerIncident() {
        RecordingBus bus = new RecordingBus();
        DeliveryProgress progress = new DeliveryProgress(bus);
        for (int i = 0; i < 300; i++) {
            progress.changed(7L);
        }
        progress.changed(8L);
        progress.changed(null);
        progress.flush();
        assertThat(bus.topics).containsExactlyInAnyOrder(Deliveries.topic(7), Deliveries.topic(8));

        progress.flush();
        assertThat(bus.topics).hasSize(2);
        progress.changed(7L);
        progress.flush();
        assertThat(bus.topics).hasSize(3).endsWith(Deliveries.topic(7));
    }
}
