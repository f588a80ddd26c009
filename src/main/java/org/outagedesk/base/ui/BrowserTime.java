package org.outagedesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Instants as the person reads them: in the browser's time zone (UTC when unknown) and the UI's language. */
public final class BrowserTime {

    private BrowserTime() {}

    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        try {
            ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
            String id = details == null ? null : details.getTimeZoneId();
            return id == null || id.isBlank() ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException | IllegalStateException e) {
            return ZoneOffset.UTC;
        }
    }

    /** Medium date, short time; "—" for none. */
    public static String format(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale()).withZone(zone()).format(instant);
    }
}
