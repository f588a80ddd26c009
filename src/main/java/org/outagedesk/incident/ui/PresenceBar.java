package org.outagedesk.incident.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.Presence;
import org.outagedesk.live.ui.LiveSubscription;

/** "Also here: …": who else has this incident open right now, with the first few faces. */
class PresenceBar extends Div {

    private static final int FACES = 5;

    private final Presence presence;
    private final String place;
    private final SignedInUser me;
    private final AvatarGroup faces = new AvatarGroup();
    private final Span names = new Span();
    private List<String> others = List.of();
    private LiveBus.Subscription here;

    PresenceBar(Presence presence, LiveBus bus, String place, SignedInUser me) {
        this.presence = presence;
        this.place = place;
        this.me = me;
        setId("incident-presence");
        addClassName("presence-bar");
        faces.addClassName("presence-faces");
        // The faces and a "+n" for the rest; the names are written beside them.
        faces.setMaxItemsVisible(FACES + 1);
        names.addClassName("presence-names");
        add(faces, names);
        show();
        LiveSubscription.bind(this, bus, Presence.topic(place), payload -> viewersChanged(
                payload instanceof Presence.Changed changed ? changed.viewers() : presence.viewers(place)));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        here = presence.enter(place, new Presence.Viewer(me.accountId(), me.displayName()));
        viewersChanged(presence.viewers(place));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (here != null) {
            here.close();
            here = null;
        }
    }

    private void viewersChanged(List<Presence.Viewer> viewers) {
        List<String> next = viewers.stream().filter(viewer -> viewer.accountId() != me.accountId())
                .map(Presence.Viewer::displayName).toList();
        if (!next.equals(others)) {
            others = next;
            show();
        }
    }

    private void show() {
        faces.setItems(others.stream().map(name -> new AvatarGroup.AvatarGroupItem(name)).toList());
        faces.setVisible(!others.isEmpty());
        names.setText(text());
    }

    /** The names shown, for tests and screen readers. */
    String text() {
        return others.isEmpty() ? getTranslation("incident.presence.alone")
                : getTranslation("incident.presence.others", String.join(", ", others));
    }
}
