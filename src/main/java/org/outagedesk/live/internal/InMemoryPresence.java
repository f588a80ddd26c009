package org.outagedesk.live.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.outagedesk.live.LiveBus;
import org.outagedesk.live.Presence;
import org.springframework.stereotype.Component;

/** Presence on one node: a count of open views per person and place. */
@Component
class InMemoryPresence implements Presence {

    private final Map<String, Map<Viewer, Integer>> places = new HashMap<>();
    private final LiveBus bus;

    InMemoryPresence(LiveBus bus) {
        this.bus = bus;
    }

    @Override
    public LiveBus.Subscription enter(String place, Viewer viewer) {
        synchronized (places) {
            places.computeIfAbsent(place, key -> new LinkedHashMap<>()).merge(viewer, 1, Integer::sum);
        }
        announce(place);
        return () -> leave(place, viewer);
    }

    private void leave(String place, Viewer viewer) {
        synchronized (places) {
            places.computeIfPresent(place, (key, viewers) -> {
                viewers.computeIfPresent(viewer, (v, count) -> count > 1 ? count - 1 : null);
                return viewers.isEmpty() ? null : viewers;
            });
        }
        announce(place);
    }

    @Override
    public List<Viewer> viewers(String place) {
        synchronized (places) {
            Map<Viewer, Integer> viewers = places.get(place);
            return viewers == null ? List.of() : List.copyOf(viewers.keySet());
        }
    }

    private void announce(String place) {
        bus.publish(Presence.topic(place), new Changed(place, viewers(place)));
    }
}
