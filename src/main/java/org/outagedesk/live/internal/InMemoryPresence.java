package org.outagedesk.live.internal;

import java.util.List;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.Presence;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** Presence on one node (the default; {@link ClusterPresence} replaces it on a cluster). */
@Component
@ConditionalOnBooleanProperty(name = "outagedesk.cluster.enabled", havingValue = false, matchIfMissing = true)
class InMemoryPresence implements Presence {

    private final LocalViewers viewers = new LocalViewers();
    private final LiveBus bus;

    InMemoryPresence(LiveBus bus) {
        this.bus = bus;
    }

    @Override
    public LiveBus.Subscription enter(String place, Viewer viewer) {
        return viewers.enter(place, viewer, this::announce);
    }

    @Override
    public List<Viewer> viewers(String place) {
        return viewers.of(place);
    }

    private void announce(String place) {
        bus.publish(Presence.topic(place), new Changed(place, viewers(place)));
    }
}
