package org.outagedesk.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.outagedesk.base.ReaderTime;

/**
 * Whom a text is rendered for: a language and a time zone. A page shows times in its reader's own
 * zone as they are; mail and chat name the zone beside each time, since their readers' clocks may differ.
 */
record Reader(Locale language, ZoneId zone, boolean namesZone) {

    static Reader ofMail(Locale language, ZoneId zone) {
        return new Reader(language, zone, true);
    }

    static Reader onPage(Locale language, ZoneId zone) {
        return new Reader(language, zone, false);
    }

    /** Medium date and short time, as every page shows them; with the zone's name in mail. */
    String time(Instant instant) {
        return namesZone ? ReaderTime.formatNamingZone(instant, language, zone)
                : ReaderTime.format(instant, language, zone);
    }

    String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language).format(day);
    }
}
