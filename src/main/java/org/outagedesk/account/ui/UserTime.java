package org.outagedesk.account.ui;

import java.time.Instant;
import java.time.ZoneId;
import org.outagedesk.base.ui.BrowserTime;

/** Shows instants in the browser's time zone (UTC when unknown) and the user's language. */
final class UserTime {

    private UserTime() {}

    static ZoneId zone() {
        return BrowserTime.zone();
    }

    static String format(Instant instant) {
        return BrowserTime.format(instant);
    }
}
