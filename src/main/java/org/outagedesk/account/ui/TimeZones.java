package org.outagedesk.account.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** The zones a person can choose: the JDK's region zones ("Europe/Madrid"), each with its offset now. */
final class TimeZones {

    private static final List<String> IDS = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().toList();

    private TimeZones() {}

    static List<String> ids() {
        return IDS;
    }

    /** "Europe/Madrid (UTC+01:00)". */
    static String label(String id) {
        ZoneOffset offset = ZoneId.of(id).getRules().getOffset(Instant.now());
        return id.replace('_', ' ') + " (UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId()) + ")";
    }
}
