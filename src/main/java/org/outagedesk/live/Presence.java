package org.outagedesk.live;

import java.util.List;

/**
 * Who is looking at what right now (e.g. an incident page). Entering and leaving publish
 * the new list on the topic {@code "presence:" + place}.
 */
public interface Presence {

    /** Records that a person is looking at the place; returns a handle that leaves it. */
    LiveBus.Subscription enter(String place, Viewer viewer);

    /** The people looking at the place, each once, in order of arrival. */
    List<Viewer> viewers(String place);

    /** One person looking; several tabs of the same person count once. */
    record Viewer(long accountId, String displayName) {}

    /** Published on {@code "presence:" + place} whenever the list changes. */
    record Changed(String place, List<Viewer> viewers) {}

    static String topic(String place) {
        return "presence:" + place;
    }
}
