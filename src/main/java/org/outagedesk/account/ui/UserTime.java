package org.outagedesk.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Shows instants in the browser's time zone (UTC when unknown) and the user's language. */
final class UserTime {

    private UserTime() {}

    static ZoneId zone() {
        try {
            ExtendedClientDetails details = UI.getCurrent().getPage().getExtendedClientDetails();
            String id = details == null ? null : details.getTimeZoneId();
            return id == null || id.isBlank() ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException | IllegalStateException e) {
            return ZoneOffset.UTC;
        }
    }

    static String format(Instant instant) {
        UI ui = UI.getCurrent();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ui.getLocale())
                .withZone(zone())
                .format(instant);
    }
}
