package org.outagedesk.live.internal;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import com.hazelcast.query.Predicates;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.Presence;
import org.springframework.beans.factory.DisposableBean;

/**
 * Presence across nodes. Each node counts its own open views ({@link LocalViewers}) and writes,
 * per place, its list of viewers into a Hazelcast map under the key {@code place|memberId}.
 * Any change of that map makes every node re-read the place's lists of the current members and
 * tell its own subscribers; the lists of a member that left are ignored at once and removed.
 */
class ClusterPresence implements Presence, DisposableBean {

    static final String MAP = "outagedesk-presence";
    private static final char SEPARATOR = '|';

    private final LocalViewers mine = new LocalViewers();
    private final HazelcastInstance hazelcast;
    private final InMemoryLiveBus local;
    private final LiveMessageCodec codec;
    private final IMap<String, String> shared;
    private final UUID me;
    private final ExecutorService announcer = Executors.newVirtualThreadPerTaskExecutor();
    private final UUID entryListener;
    private final UUID membershipListener;

    ClusterPresence(HazelcastInstance hazelcast, InMemoryLiveBus local, LiveMessageCodec codec) {
        this.hazelcast = hazelcast;
        this.local = local;
        this.codec = codec;
        this.shared = hazelcast.getMap(MAP);
        this.me = hazelcast.getCluster().getLocalMember().getUuid();
        this.entryListener = shared.addEntryListener(new Changes(), false);
        this.membershipListener = hazelcast.getCluster().addMembershipListener(new Departures());
    }

    @Override
    public LiveBus.Subscription enter(String place, Viewer viewer) {
        return mine.enter(place, viewer, this::share);
    }

    @Override
    public List<Viewer> viewers(String place) {
        Set<Viewer> everyone = new LinkedHashSet<>();
        for (Member member : hazelcast.getCluster().getMembers()) {
            everyone.addAll(member.getUuid().equals(me) ? mine.of(place)
                    : codec.viewers(shared.get(key(place, member.getUuid()))));
        }
        return List.copyOf(everyone);
    }

    private void share(String place) {
        List<Viewer> here = mine.of(place);
        if (here.isEmpty()) {
            shared.delete(key(place, me));
        } else {
            shared.set(key(place, me), codec.viewers(here));
        }
    }

    private void announce(String key) {
        String place = key.substring(0, key.lastIndexOf(SEPARATOR));
        String topic = Presence.topic(place);
        if (local.subscriberCount(topic) > 0) {
            announcer.execute(() -> local.publish(topic, new Changed(place, viewers(place))));
        }
    }

    private static String key(String place, UUID member) {
        return place + SEPARATOR + member;
    }

    /** Every node hears every change of the map (keys only) and re-announces that place. */
    private final class Changes implements EntryAddedListener<String, String>, EntryUpdatedListener<String, String>,
            EntryRemovedListener<String, String> {

        @Override
        public void entryAdded(EntryEvent<String, String> event) {
            announce(event.getKey());
        }

        @Override
        public void entryUpdated(EntryEvent<String, String> event) {
            announce(event.getKey());
        }

        @Override
        public void entryRemoved(EntryEvent<String, String> event) {
            announce(event.getKey());
        }
    }

    /**
     * A member that left takes its viewers with it (removing its keys announces every place it had);
     * when members (re)join, this node writes its lists again in case they were removed meanwhile.
     */
    private final class Departures implements MembershipListener {

        @Override
        public void memberAdded(MembershipEvent event) {
            mine.places().forEach(ClusterPresence.this::share);
        }

        @Override
        public void memberRemoved(MembershipEvent event) {
            announcer.execute(() -> shared.removeAll(Predicates.like("__key", "%" + SEPARATOR + event.getMember().getUuid())));
        }
    }

    @Override
    public void destroy() {
        hazelcast.getCluster().removeMembershipListener(membershipListener);
        shared.removeEntryListener(entryListener);
        mine.places().forEach(place -> shared.delete(key(place, me)));
        announcer.shutdownNow();
    }
}
