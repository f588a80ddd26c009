package org.outagedesk.base;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** An instant as a person reads it: medium date and short time, in their language and zone. */
public final class ReaderTime {

    private ReaderTime() {}

    public static String format(Instant instant, Locale language, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                .withZone(zone).format(instant);
    }

    /** With the zone named after it ("… 06:47 (Europe/Madrid)"), for readers whose own clock may differ. */
    public static String formatNamingZone(Instant instant, Locale language, ZoneId zone) {
        return format(instant, language, zone) + " (" + zone.getId() + ")";
    }
}
