package org.outagedesk.runbook.internal;

import org.outagedesk.base.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: the signed-in person. */
record Actor(long id, String name) {

    static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return new Actor(user.accountId(), user.displayName());
        }
        throw new IllegalStateException("No signed-in person to record as the actor");
    }
}
