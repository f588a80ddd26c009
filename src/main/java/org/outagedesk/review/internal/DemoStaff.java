package org.outagedesk.review.internal;

import java.util.Locale;
import org.outagedesk.base.SignedInUser;

/** A demo staff member the demo data acts as (so the incident timeline names a person). */
record DemoStaff(long accountId, String email, String displayName) implements SignedInUser {

    @Override
    public Locale language() {
        return null;
    }
}
