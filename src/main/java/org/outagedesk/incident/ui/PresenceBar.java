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

/** "Also here: …": who else has this incident open right now. */
class PresenceBar extends Div {

    private final Presence presence;
    private final String place;
    private final SignedInUser me;
    private final AvatarGroup avatars = new AvatarGroup();
    private final Span names = new Span();
    private LiveBus.Subscription here;

    PresenceBar(Presence presence, LiveBus bus, String place, SignedInUser me) {
        this.presence = presence;
        this.place = place;
        this.me = me;
        setId("incident-presence");
        addClassName("presence-bar");
        avatars.setMaxItemsVisible(5);
        names.addClassName("presence-names");
        add(avatars, names);
        LiveSubscription.bind(this, bus, Presence.topic(place), payload -> {
            if (payload instanceof Presence.Changed changed) {
                show(changed.viewers());
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        here = presence.enter(place, new Presence.Viewer(me.accountId(), me.displayName()));
        show(presence.viewers(place));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (here != null) {
            here.close();
            here = null;
        }
    }

    private void show(List<Presence.Viewer> viewers) {
        List<Presence.Viewer> others = viewers.stream().filter(viewer -> viewer.accountId() != me.accountId()).toList();
        avatars.setItems(others.stream().map(viewer -> new AvatarGroup.AvatarGroupItem(viewer.displayName())).toList());
        names.setText(others.isEmpty() ? getTranslation("incident.presence.alone")
                : getTranslation("incident.presence.others", String.join(", ",
                        others.stream().map(Presence.Viewer::displayName).toList())));
        avatars.setVisible(!others.isEmpty());
    }

    /** The names shown, for tests and screen readers. */
    String text() {
        return names.getText();
    }
}
