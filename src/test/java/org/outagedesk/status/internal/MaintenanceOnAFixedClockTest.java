package org.outagedesk.status.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.OrganisationProperties;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.status.MaintenanceState;
import org.outagedesk.status.MaintenanceWindow;

/**
 * A maintenance window read at fixed instants: not shown before its notice time, then scheduled,
 * in progress and completed by the clock alone, on the page, in the feed (one entry per phase
 * reached) and in the JSON; a cancelled one is nowhere.
 */
class MaintenanceOnAFixedClockTest {

    private static final Instant START = Instant.parse("2026-12-10T21:00:00Z");
    private static final Instant END = Instant.parse("2026-12-10T23:00:00Z");
    private static final Duration NOTICE = Duration.ofHours(72);
    private static final MaintenanceWindow WINDOW = new MaintenanceWindow(9, EnumSet.of(MailService.WEBMAIL), START,
            END, "Correo web nuevo", "New webmail", null, "Same address.", UpdateAudience.PUBLIC, false, "Priya", 0);

    private final StatusRenderer renderer = new StatusRenderer(new BundleI18NProvider(),
            new StatusProperties(StatusProperties.Visibility.PUBLIC, List.of(), ZoneId.of("Europe/Madrid"),
                    Duration.ofSeconds(15), 14, "es", NOTICE, 12), new OrganisationProperties(null));

    private StatusView at(Instant now, MaintenanceWindow window) {
        return new StatusView(now, List.of(), List.of(), List.of(window), UptimeHistory.compute(90, now,
                ZoneId.of("Europe/Madrid"), List.of(), List.of(), List.of(window), Map.of()), NOTICE);
    }

    @Test
    void theClockAloneMovesItThroughItsStates() {
        assertThat(WINDOW.state(START.minusSeconds(1))).isEqualTo(MaintenanceState.SCHEDULED);
        assertThat(WINDOW.shown(START.minus(NOTICE).minusSeconds(1), NOTICE)).isFalse();
        assertThat(WINDOW.shown(START.minus(NOTICE), NOTICE)).isTrue();
        assertThat(WINDOW.state(START)).isEqualTo(MaintenanceState.IN_PROGRESS);
        assertThat(WINDOW.covers(MailService.WEBMAIL, START)).isTrue();
        assertThat(WINDOW.covers(MailService.CALENDAR, START)).isFalse();
        assertThat(WINDOW.state(END)).isEqualTo(MaintenanceState.COMPLETED);
        assertThat(WINDOW.covers(MailService.WEBMAIL, END)).isFalse();
        assertThat(WINDOW.details(Locale.forLanguageTag("es"))).as("Spanish left empty: the English text")
                .isEqualTo("Same address.");
    }

    @Test
    void thePageFeedAndJsonFollowTheClock() {
        Instant beforeNotice = START.minus(NOTICE).minusSeconds(60);
        assertThat(renderer.html(at(beforeNotice, WINDOW), Locale.ENGLISH, StatusLinks.portal("")))
                .doesNotContain("maintenance-9").contains("No maintenance planned.");
        assertThat(renderer.atom(at(beforeNotice, WINDOW), Locale.ENGLISH, StatusLinks.portal("")))
                .doesNotContain("urn:outagedesk:maintenance:9");

        Instant announced = START.minus(Duration.ofHours(1));
        assertThat(renderer.html(at(announced, WINDOW), Locale.ENGLISH, StatusLinks.portal("")))
                .contains("maintenance-9", "New webmail <span class=\"chip\">Scheduled</span>",
                        "All mail services are working normally.");
        assertThat(StatusJson.of(at(announced, WINDOW))).contains("\"state\":\"scheduled\"");

        String during = renderer.html(at(START.plusSeconds(60), WINDOW), Locale.forLanguageTag("es"),
                StatusLinks.portal(""));
        assertThat(during).contains("<span class=\"chip\">En curso</span>", "class=\"overall planned\"",
                "<span class=\"state-planned\">Mantenimiento</span>");
        assertThat(StatusJson.of(at(START.plusSeconds(60), WINDOW))).contains("\"state\":\"in-progress\"",
                "\"overall\":\"maintenance\"", "\"webmail\":\"maintenance\"");

        Instant after = END.plusSeconds(60);
        assertThat(renderer.html(at(after, WINDOW), Locale.ENGLISH, StatusLinks.portal("")))
                .contains("<details id=\"maintenance-completed\">", "<span class=\"chip\">Completed</span>",
                        "No maintenance planned.");
        assertThat(renderer.atom(at(after, WINDOW), Locale.ENGLISH, StatusLinks.portal(""))).contains(
                "urn:outagedesk:maintenance:9:scheduled", "urn:outagedesk:maintenance:9:in_progress",
                "urn:outagedesk:maintenance:9:completed", "<updated>" + END + "</updated>");
    }

    @Test
    void aCancelledWindowIsNowhere() {
        MaintenanceWindow cancelled = new MaintenanceWindow(9, WINDOW.services(), START, END, WINDOW.titleEs(),
                WINDOW.titleEn(), null, null, UpdateAudience.PUBLIC, true, "Priya", 1);
        assertThat(cancelled.state(START)).isEqualTo(MaintenanceState.CANCELLED);
        assertThat(cancelled.covers(MailService.WEBMAIL, START)).isFalse();
        assertThat(renderer.atom(at(END.plusSeconds(1), cancelled), Locale.ENGLISH, StatusLinks.portal("")))
                .doesNotContain("urn:outagedesk:maintenance:9");
    }

    @Test
    void theHistoryListsEachMonthsIncidentsNewestFirst() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        var older = new org.outagedesk.incident.PublicIncident(9, "INC-9", "Late in the month",
                EnumSet.of(MailService.WEBMAIL), org.outagedesk.incident.PublicStatus.RESOLVED, null, false,
                Instant.parse("2026-11-28T21:00:00Z"), Instant.parse("2026-11-28T23:00:00Z"), List.of(), null);
        var early = new org.outagedesk.incident.PublicIncident(3, "INC-3", "Early in the month",
                EnumSet.of(MailService.CALENDAR), org.outagedesk.incident.PublicStatus.RESOLVED, null, false,
                Instant.parse("2026-11-05T09:00:00Z"), Instant.parse("2026-11-05T10:00:00Z"), List.of(), null);
        StatusView view = new StatusView(now, List.of(), List.of(early, older), List.of(),
                UptimeHistory.compute(90, now, ZoneId.of("Europe/Madrid"), List.of(), List.of(), List.of(), Map.of()),
                NOTICE);
        String page = renderer.history(view, Locale.ENGLISH, StatusLinks.portal(""));
        assertThat(page.indexOf("INC-9")).isLessThan(page.indexOf("INC-3"));
        assertThat(page).contains("December 2026", "No incidents this month.", "November 2026");
    }
}
