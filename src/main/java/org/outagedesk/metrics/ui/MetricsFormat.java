package org.outagedesk.metrics.ui;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.outagedesk.metrics.Metric;
import org.outagedesk.metrics.ResponseTimes;

/** How the dashboard writes durations, trends and ratios (the same in both languages). */
final class MetricsFormat {

    static final String NONE = "—";

    private MetricsFormat() {}

    /** "2 d 3 h", "3 h 05 min", "12 min", "45 s"; "—" for none. */
    static String duration(Long seconds) {
        if (seconds == null) {
            return NONE;
        }
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + String.format(Locale.ROOT, "%02d", minutes) + " min";
        }
        if (minutes > 0) {
            return minutes + " min";
        }
        return seconds + " s";
    }

    /** The four response-time columns of an incident list, written like the dashboard's figures. */
    static <T> List<IncidentRows.Column<T>> responseColumns(Component context, Function<T, ResponseTimes> times) {
        return Arrays.stream(Metric.values()).map(metric -> new IncidentRows.Column<T>(
                context.getTranslation("metrics.incidents." + metric.name().toLowerCase(Locale.ROOT)), "5.5rem", false,
                row -> duration(times.apply(row).seconds(metric)))).toList();
    }

    /** Change against the previous value in percent, e.g. "+12 %"; {@code null} when there is nothing to compare. */
    static Integer changePercent(Long now, Long before) {
        if (now == null || before == null || before == 0) {
            return null;
        }
        return (int) Math.round(100.0 * (now - before) / before);
    }

    static String signed(long value) {
        return (value > 0 ? "+" : "") + value;
    }

    static String decimal(double value, Locale locale) {
        return String.format(locale, "%.1f", value);
    }

    /** Minutes as a chart value (one decimal). */
    static double minutes(Long seconds) {
        return seconds == null ? 0 : Math.round(seconds / 6.0) / 10.0;
    }

    /** Hours as a chart value (one decimal). */
    static double hours(Long seconds) {
        return seconds == null ? 0 : Math.round(seconds / 360.0) / 10.0;
    }
}
