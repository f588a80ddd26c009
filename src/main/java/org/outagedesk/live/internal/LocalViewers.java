package org.outagedesk.live.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.Presence.Viewer;

/** Open views on this node: a count per person and place (several tabs of one person count once). */
final class LocalViewers {

    private final Map<String, Map<Viewer, Integer>> places = new HashMap<>();

    /** Counts the viewer in, then tells {@code changed}; the handle counts them out and tells it again. */
    LiveBus.Subscription enter(String place, Viewer viewer, Consumer<String> changed) {
        enter(place, viewer);
        changed.accept(place);
        return () -> {
            leave(place, viewer);
            changed.accept(place);
        };
    }

    private synchronized void enter(String place, Viewer viewer) {
        places.computeIfAbsent(place, key -> new LinkedHashMap<>()).merge(viewer, 1, Integer::sum);
    }

    private synchronized void leave(String place, Viewer viewer) {
        places.computeIfPresent(place, (key, viewers) -> {
            viewers.computeIfPresent(viewer, (v, count) -> count > 1 ? count - 1 : null);
            return viewers.isEmpty() ? null : viewers;
        });
    }

    /** The people looking at the place on this node, each once, in order of arrival. */
    synchronized List<Viewer> of(String place) {
        Map<Viewer, Integer> viewers = places.get(place);
        return viewers == null ? List.of() : List.copyOf(viewers.keySet());
    }

    synchronized List<String> places() {
        return List.copyOf(places.keySet());
    }
}
