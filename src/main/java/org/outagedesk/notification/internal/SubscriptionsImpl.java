package org.outagedesk.notification.internal;

import org.outagedesk.base.SignedInUser;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.notification.NotificationException;
import org.outagedesk.notification.Subscriptions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow / stop following, always for the signed-in person: the account id comes from the
 * principal, never from the caller, so nobody can see or change another person's subscriptions.
 * Only open incidents can be followed (they are public on the status page and the report form).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class SubscriptionsImpl implements Subscriptions {

    private final IncidentFollowers followers;
    private final StatusUpdateService updates;

    SubscriptionsImpl(IncidentFollowers followers, StatusUpdateService updates) {
        this.followers = followers;
        this.updates = updates;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean following(long incidentId) {
        return followers.follows(me(), incidentId);
    }

    @Override
    public void follow(long incidentId) {
        if (!updates.openIncidentIds().contains(incidentId)) {
            throw new NotificationException("notification.follow.not-found", "INC-" + incidentId);
        }
        followers.add(me(), incidentId);
    }

    @Override
    public void unfollow(long incidentId) {
        followers.remove(me(), incidentId);
    }

    private static long me() {
        return SignedInUser.current().map(SignedInUser::accountId)
                .orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
