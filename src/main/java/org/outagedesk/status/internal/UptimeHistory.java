package org.outagedesk.status.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.PublicIncident;
import org.outagedesk.probe.FailingPeriod;
import org.outagedesk.status.MaintenanceWindow;

/**
 * The uptime rule, written on the page: a service is down while a public incident affects it (from
 * its impact start to its resolution) or while one of its probes fails (from the first failed run to
 * the next successful one); time inside a planned maintenance window of the service is not downtime.
 * A day's uptime is the share of the day it was not down, counted from when the service was first
 * probed (or had an incident) and, today, until now; a day with neither is "no data". Days are
 * calendar days in the page's zone. Pure: everything comes in as arguments.
 */
final class UptimeHistory {

    /** The worst state of a day, from best to worst; NO_DATA when nothing was known that day. */
    enum DayState {
        NO_DATA, OPERATIONAL, MAINTENANCE, DEGRADED, OUTAGE;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** One day of one service; {@code uptimePercent} null for no data. */
    record Day(LocalDate date, Double uptimePercent, DayState worst, List<String> incidents, long probeFailureMinutes,
            long maintenanceMinutes) {}

    /** One service's days, oldest first, and its uptime over the last 30 and 90 days (null without data). */
    record ServiceHistory(MailService service, List<Day> days, Double uptime30, Double uptime90) {}

    private record Span(Instant from, Instant to) {
        long millis() {
            return Math.max(0, Duration.between(from, to).toMillis());
        }
    }

    /** An incident's impact on the service: from its impact start to its resolution (or now). */
    private record Impact(String reference, Span span) {}

    private static final long MINUTE = 60_000;

    private UptimeHistory() {}

    static Map<MailService, ServiceHistory> compute(int dayCount, Instant now, ZoneId zone,
            List<PublicIncident> incidents, List<FailingPeriod> failures, List<MaintenanceWindow> maintenance,
            Map<MailService, Instant> probedSince) {
        Map<MailService, ServiceHistory> result = new EnumMap<>(MailService.class);
        for (MailService service : MailService.values()) {
            result.put(service, service(service, dayCount, now, zone, incidents, failures, maintenance,
                    probedSince.get(service)));
        }
        return result;
    }

    private static ServiceHistory service(MailService service, int dayCount, Instant now, ZoneId zone,
            List<PublicIncident> incidents, List<FailingPeriod> failures, List<MaintenanceWindow> maintenance,
            Instant probedSince) {
        List<PublicIncident> affecting = incidents.stream().filter(incident -> incident.services().contains(service))
                .toList();
        List<Impact> impacts = affecting.stream().map(incident -> new Impact(incident.reference(),
                new Span(incident.startedAt(), end(incident.resolvedAt(), now)))).toList();
        List<Span> incidentSpans = impacts.stream().map(Impact::span).toList();
        List<Span> probeSpans = failures.stream().filter(period -> period.services().contains(service))
                .map(period -> new Span(period.startedAt(), end(period.endedAt(), now))).toList();
        List<Span> planned = maintenance.stream().filter(window -> !window.cancelled()
                && window.services().contains(service)).map(window -> new Span(window.startsAt(),
                        window.endsAt().isAfter(now) ? now : window.endsAt())).toList();
        Instant known = affecting.stream().map(PublicIncident::startedAt).min(Comparator.naturalOrder())
                .map(first -> probedSince == null || first.isBefore(probedSince) ? first : probedSince)
                .orElse(probedSince);

        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Day> days = new ArrayList<>(dayCount);
        for (int back = dayCount - 1; back >= 0; back--) {
            LocalDate date = today.minusDays(back);
            Instant dayStart = date.atStartOfDay(zone).toInstant();
            Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
            Instant observedFrom = known == null || known.isAfter(dayStart) ? known : dayStart;
            Instant observedTo = dayEnd.isAfter(now) ? now : dayEnd;
            Span day = new Span(dayStart, dayEnd);
            List<String> references = impacts.stream().filter(impact -> overlaps(impact.span(), day))
                    .map(Impact::reference).toList();
            long plannedMillis = covered(clip(planned, day));
            if (observedFrom == null || !observedFrom.isBefore(observedTo)) {
                days.add(new Day(date, null, DayState.NO_DATA, references, 0, plannedMillis / MINUTE));
                continue;
            }
            Span observed = new Span(observedFrom, observedTo);
            List<Span> incidentDown = minus(clip(incidentSpans, observed), planned);
            List<Span> probeDown = minus(clip(probeSpans, observed), planned);
            List<Span> down = new ArrayList<>(incidentDown);
            down.addAll(probeDown);
            long downMillis = covered(down);
            double uptime = 100.0 * (observed.millis() - downMillis) / observed.millis();
            DayState worst = !incidentDown.isEmpty() ? DayState.OUTAGE : !probeDown.isEmpty() ? DayState.DEGRADED
                    : plannedMillis > 0 ? DayState.MAINTENANCE : DayState.OPERATIONAL;
            days.add(new Day(date, round(uptime), worst, references, covered(clip(probeSpans, observed)) / MINUTE,
                    plannedMillis / MINUTE));
        }
        return new ServiceHistory(service, List.copyOf(days), overall(30, now, zone, known, incidentSpans,
                probeSpans, planned), overall(90, now, zone, known, incidentSpans, probeSpans, planned));
    }

    /** Uptime over the last {@code count} days: all downtime over all observed time, not a mean of days. */
    private static Double overall(int count, Instant now, ZoneId zone, Instant known,
            List<Span> incidents, List<Span> probes, List<Span> planned) {
        if (known == null) {
            return null;
        }
        LocalDate first = LocalDate.ofInstant(now, zone).minusDays(count - 1L);
        Instant from = first.atStartOfDay(zone).toInstant();
        Span observed = new Span(known.isAfter(from) ? known : from, now);
        if (observed.millis() == 0) {
            return null;
        }
        List<Span> down = new ArrayList<>(minus(clip(incidents, observed), planned));
        down.addAll(minus(clip(probes, observed), planned));
        return round(100.0 * (observed.millis() - covered(down)) / observed.millis());
    }

    private static Instant end(Instant end, Instant now) {
        return end == null || end.isAfter(now) ? now : end;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.from().isBefore(b.to()) && b.from().isBefore(a.to());
    }

    private static List<Span> clip(List<Span> spans, Span to) {
        List<Span> clipped = new ArrayList<>();
        for (Span span : spans) {
            Instant from = span.from().isAfter(to.from()) ? span.from() : to.from();
            Instant until = span.to().isBefore(to.to()) ? span.to() : to.to();
            if (from.isBefore(until)) {
                clipped.add(new Span(from, until));
            }
        }
        return clipped;
    }

    /** {@code spans} without the parts inside any of {@code holes}. */
    private static List<Span> minus(List<Span> spans, List<Span> holes) {
        List<Span> left = new ArrayList<>(spans);
        for (Span hole : holes) {
            List<Span> next = new ArrayList<>();
            for (Span span : left) {
                if (!overlaps(span, hole)) {
                    next.add(span);
                    continue;
                }
                if (span.from().isBefore(hole.from())) {
                    next.add(new Span(span.from(), hole.from()));
                }
                if (hole.to().isBefore(span.to())) {
                    next.add(new Span(hole.to(), span.to()));
                }
            }
            left = next;
        }
        return left;
    }

    /** Milliseconds covered by the union of the spans (overlaps counted once). */
    private static long covered(List<Span> spans) {
        List<Span> sorted = spans.stream().sorted(Comparator.comparing(Span::from)).toList();
        long millis = 0;
        Instant reach = null;
        for (Span span : sorted) {
            if (reach == null || !span.from().isBefore(reach)) {
                millis += span.millis();
                reach = span.to();
            } else if (span.to().isAfter(reach)) {
                millis += Duration.between(reach, span.to()).toMillis();
                reach = span.to();
            }
        }
        return millis;
    }

    /** Two decimals, rounded down so a day with any downtime never reads 100%. */
    private static double round(double percent) {
        return Math.floor(percent * 100) / 100;
    }
}
