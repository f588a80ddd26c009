package org.outagedesk.live.internal;

import java.util.List;
import java.util.Optional;
import org.outagedesk.live.Presence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a live message (topic and payload record) into JSON text for the cluster and back.
 * Only the application's own types and plain strings travel; anything else is refused, so a
 * message from the network can never instantiate an arbitrary class.
 */
final class LiveMessageCodec {

    /** What travels between nodes: the live topic, the payload's class and the payload as JSON. */
    record Envelope(String topic, String type, String payload) {}

    /** A message received from another node, ready to deliver locally. */
    record Decoded(String topic, Object payload) {}

    private static final Logger log = LoggerFactory.getLogger(LiveMessageCodec.class);
    private static final String OWN_TYPES = "org.outagedesk.";
    private static final TypeReference<List<Presence.Viewer>> VIEWERS = new TypeReference<>() {};

    private final JsonMapper json = JsonMapper.builder().build();

    Optional<String> encode(String topic, Object payload) {
        String type = payload.getClass().getName();
        if (!travels(type)) {
            log.warn("Live message on {} stays on this node: {} is not one of the application's types", topic, type);
            return Optional.empty();
        }
        try {
            return Optional.of(json.writeValueAsString(new Envelope(topic, type, json.writeValueAsString(payload))));
        } catch (JacksonException e) {
            log.warn("Live message on {} stays on this node, {} cannot be written as JSON: {}", topic, type,
                    e.getOriginalMessage());
            return Optional.empty();
        }
    }

    Optional<Decoded> decode(String text) {
        try {
            Envelope envelope = json.readValue(text, Envelope.class);
            if (!travels(envelope.type())) {
                log.warn("Live message of type {} from another node ignored", envelope.type());
                return Optional.empty();
            }
            Class<?> type = Class.forName(envelope.type(), false, LiveMessageCodec.class.getClassLoader());
            return Optional.of(new Decoded(envelope.topic(), json.readValue(envelope.payload(), type)));
        } catch (JacksonException | ClassNotFoundException e) {
            log.warn("Live message from another node could not be read: {}", e.getMessage());
            return Optional.empty();
        }
    }

    String viewers(List<Presence.Viewer> viewers) {
        return json.writeValueAsString(viewers);
    }

    List<Presence.Viewer> viewers(String text) {
        return text == null ? List.of() : json.readValue(text, VIEWERS);
    }

    private static boolean travels(String type) {
        return type.startsWith(OWN_TYPES) || type.equals(String.class.getName());
    }
}
