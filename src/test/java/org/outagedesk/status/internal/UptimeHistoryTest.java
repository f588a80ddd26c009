package org.outagedesk.status.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.PublicIncident;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.probe.FailingPeriod;
import org.outagedesk.status.MaintenanceWindow;
import org.outagedesk.status.internal.UptimeHistory.Day;
import org.outagedesk.status.internal.UptimeHistory.DayState;
import org.outagedesk.status.internal.UptimeHistory.ServiceHistory;

/** The uptime rule on days in Madrid: incidents and probe failures count once, maintenance not at all. */
class UptimeHistoryTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final Instant NOW = Instant.parse("2026-12-07T11:00:00Z"); // 12:00 in Madrid
    private static final Instant PROBED_SINCE = Instant.parse("2026-12-01T23:00:00Z"); // 2 Dec, 00:00 Madrid

    private static Instant madrid(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(MADRID).toInstant();
    }

    private static PublicIncident incident(String reference, Instant from, Instant to, MailService service) {
        return new PublicIncident(1, reference, "Relay down", EnumSet.of(service), PublicStatus.RESOLVED, null,
                to == null, from, to, List.of(), null);
    }

    private static FailingPeriod failing(Instant from, Instant to, MailService service) {
        return new FailingPeriod(7, EnumSet.of(service), from, to);
    }

    private static MaintenanceWindow window(Instant from, Instant to, MailService service) {
        return new MaintenanceWindow(3, EnumSet.of(service), from, to, "Parche", "Patch", null, null,
                UpdateAudience.PUBLIC, false, "Priya", 0);
    }

    private static ServiceHistory history(List<PublicIncident> incidents, List<FailingPeriod> failures,
            List<MaintenanceWindow> maintenance, MailService service) {
        Map<MailService, ServiceHistory> all = UptimeHistory.compute(90, NOW, MADRID, incidents, failures, maintenance,
                Map.of(MailService.OUTBOUND_SMTP, PROBED_SINCE, MailService.IMAP_POP, PROBED_SINCE));
        assertThat(all).containsOnlyKeys(MailService.values());
        assertThat(all.get(service).days()).hasSize(90);
        return all.get(service);
    }

    private static Day day(ServiceHistory history, String date) {
        return history.days().stream().filter(day -> day.date().equals(LocalDate.parse(date))).findFirst()
                .orElseThrow();
    }

    @Test
    void anIncidentAndProbeFailuresThatOverlapCountTheirUnionOnce() {
        // 4 Dec: incident 10:00-12:00, probes failing 11:00-13:00 → down 10:00-13:00 = 3 h of 24 h
        ServiceHistory smtp = history(
                List.of(incident("INC-4", madrid("2026-12-04T10:00"), madrid("2026-12-04T12:00"),
                        MailService.OUTBOUND_SMTP)),
                List.of(failing(madrid("2026-12-04T11:00"), madrid("2026-12-04T13:00"), MailService.OUTBOUND_SMTP)),
                List.of(), MailService.OUTBOUND_SMTP);

        Day fourth = day(smtp, "2026-12-04");
        assertThat(fourth.uptimePercent()).isEqualTo(87.5);
        assertThat(fourth.worst()).isEqualTo(DayState.OUTAGE);
        assertThat(fourth.incidents()).containsExactly("INC-4");
        assertThat(fourth.probeFailureMinutes()).isEqualTo(120);
        assertThat(day(smtp, "2026-12-05").uptimePercent()).isEqualTo(100.0);
        assertThat(day(smtp, "2026-12-05").worst()).isEqualTo(DayState.OPERATIONAL);
    }

    @Test
    void probeFailuresAloneMakeADegradedDayAndAMaintenanceWindowIsNoDowntime() {
        // 5 Dec: maintenance 02:00-04:00, probes failing 02:30-05:00 → only 04:00-05:00 counts
        ServiceHistory imap = history(List.of(),
                List.of(failing(madrid("2026-12-05T02:30"), madrid("2026-12-05T05:00"), MailService.IMAP_POP)),
                List.of(window(madrid("2026-12-05T02:00"), madrid("2026-12-05T04:00"), MailService.IMAP_POP)),
                MailService.IMAP_POP);

        Day fifth = day(imap, "2026-12-05");
        assertThat(fifth.uptimePercent()).isEqualTo(95.83);
        assertThat(fifth.worst()).isEqualTo(DayState.DEGRADED);
        assertThat(fifth.maintenanceMinutes()).isEqualTo(120);
        assertThat(fifth.probeFailureMinutes()).isEqualTo(150);
    }

    @Test
    void failuresEntirelyInsideMaintenanceLeaveAMaintenanceDayAtFullUptime() {
        ServiceHistory imap = history(List.of(),
                List.of(failing(madrid("2026-12-06T02:30"), madrid("2026-12-06T03:30"), MailService.IMAP_POP)),
                List.of(window(madrid("2026-12-06T02:00"), madrid("2026-12-06T04:00"), MailService.IMAP_POP)),
                MailService.IMAP_POP);

        assertThat(day(imap, "2026-12-06").uptimePercent()).isEqualTo(100.0);
        assertThat(day(imap, "2026-12-06").worst()).isEqualTo(DayState.MAINTENANCE);
    }

    @Test
    void daysBeforeTheFirstProbeHaveNoDataAndAServiceNeverProbedHasNone() {
        ServiceHistory smtp = history(List.of(), List.of(), List.of(), MailService.OUTBOUND_SMTP);
        assertThat(day(smtp, "2026-12-01").worst()).isEqualTo(DayState.NO_DATA);
        assertThat(day(smtp, "2026-12-01").uptimePercent()).isNull();
        assertThat(day(smtp, "2026-12-02").worst()).isEqualTo(DayState.OPERATIONAL);
        assertThat(smtp.uptime30()).isEqualTo(100.0);

        ServiceHistory webmail = history(List.of(), List.of(), List.of(), MailService.WEBMAIL);
        assertThat(webmail.days()).allSatisfy(day -> assertThat(day.worst()).isEqualTo(DayState.NO_DATA));
        assertThat(webmail.uptime90()).isNull();
    }

    @Test
    void todayCountsUntilNowAndAnOpenIncidentIsDownUntilNow() {
        // 7 Dec, 12:00 Madrid: an incident open since 06:00 → 6 h down of 12 h observed
        ServiceHistory smtp = history(
                List.of(incident("INC-9", madrid("2026-12-07T06:00"), null, MailService.OUTBOUND_SMTP)),
                List.of(), List.of(), MailService.OUTBOUND_SMTP);

        assertThat(day(smtp, "2026-12-07").uptimePercent()).isEqualTo(50.0);
        // 30 days: from 2 Dec 00:00 (first probe) to now = 5.5 days, 6 h down
        assertThat(smtp.uptime30()).isEqualTo(Math.floor(100.0 * (132 - 6) / 132 * 100) / 100);
    }
}
