package org.outagedesk.live;

import java.util.function.Consumer;

/**
 * Publish/subscribe by topic name (e.g. {@code "triage"}, {@code "incident:42"}). Payloads are
 * small immutable records; receivers re-read what they show from the database, so a lost or
 * late message never shows wrong state.
 */
public interface LiveBus {

    /** Delivers the payload to every current subscriber of the topic, on other threads. */
    void publish(String topic, Object payload);

    /** Subscribes; the returned handle unsubscribes. */
    Subscription subscribe(String topic, Consumer<Object> receiver);

    /** A subscription to cancel when the view goes away. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
