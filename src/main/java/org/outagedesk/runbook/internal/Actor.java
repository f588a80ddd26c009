package org.outagedesk.runbook.internal;

import org.outagedesk.base.SignedInUser;

/** Who is acting: the signed-in person. */
record Actor(long id, String name) {

    static Actor current() {
        return SignedInUser.current().map(user -> new Actor(user.accountId(), user.displayName()))
                .orElseThrow(() -> new IllegalStateException("No signed-in person to record as the actor"));
    }
}
