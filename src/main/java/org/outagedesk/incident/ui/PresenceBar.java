package org.outagedesk.incident.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import java.util.List;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.Presence;
import org.outagedesk.live.ui.LiveSubscription;

/** "Also here: …": who else has this incident open right now, with the first few faces. */
class PresenceBar extends MarkupBlock {

    private static final int FACES = 5;

    private final Presence presence;
    private final String place;
    private final SignedInUser me;
    private List<String> others = List.of();
    private LiveBus.Subscription here;

    PresenceBar(Presence presence, LiveBus bus, String place, SignedInUser me) {
        super("presence-bar");
        this.presence = presence;
        this.place = place;
        this.me = me;
        setId("incident-presence");
        show(this::draw);
        LiveSubscription.bind(this, bus, Presence.topic(place), payload -> viewersChanged(
                payload instanceof Presence.Changed changed ? changed.viewers() : presence.viewers(place)));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        here = presence.enter(place, new Presence.Viewer(me.accountId(), me.displayName()));
        seen(presence.viewers(place));
        super.onAttach(attach);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (here != null) {
            here.close();
            here = null;
        }
    }

    private void viewersChanged(List<Presence.Viewer> viewers) {
        if (seen(viewers)) {
            show(this::draw);
        }
    }

    /** Keeps who else is here; true when that changed. */
    private boolean seen(List<Presence.Viewer> viewers) {
        List<String> next = viewers.stream().filter(viewer -> viewer.accountId() != me.accountId())
                .map(Presence.Viewer::displayName).toList();
        boolean changed = !next.equals(others);
        others = next;
        return changed;
    }

    private Markup draw() {
        Markup html = new Markup();
        if (!others.isEmpty()) {
            html.open("span", "class", "presence-faces", "aria-hidden", "true");
            others.stream().limit(FACES).forEach(name -> html.avatar("presence-face", name));
            if (others.size() > FACES) {
                html.line("span", "presence-more", "+" + (others.size() - FACES));
            }
            html.close("span");
        }
        return html.line("span", "presence-names", text());
    }

    /** The names shown, for tests and screen readers. */
    String text() {
        return others.isEmpty() ? getTranslation("incident.presence.alone")
                : getTranslation("incident.presence.others", String.join(", ", others));
    }
}
