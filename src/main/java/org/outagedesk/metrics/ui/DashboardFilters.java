package org.outagedesk.metrics.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Severity;
import org.outagedesk.metrics.MetricsException;
import org.outagedesk.metrics.MetricsFilter;
import org.outagedesk.review.CauseCategory;
import org.outagedesk.base.ui.Texts;

/** Period picker (last 30/90/365 days or two dates) and the severity, service and cause filters. */
final class DashboardFilters extends Div {

    private final Select<PeriodChoice> period = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Severity> severity = new Select<>();
    private final Select<MailService> service = new Select<>();
    private final Select<CauseCategory> cause = new Select<>();
    private final Clock clock;
    private final Runnable onChange;
    private boolean applying;

    DashboardFilters(Clock clock, Runnable onChange) {
        this.clock = clock;
        this.onChange = onChange;
        addClassName("metrics-filters");
        period.setId("metrics-period");
        period.setLabel(getTranslation("metrics.filter.period"));
        period.setItems(PeriodChoice.values());
        period.setItemLabelGenerator(choice -> getTranslation("metrics.period." + key(choice)));
        period.setValue(PeriodChoice.LAST_90);
        from.setId("metrics-from");
        from.setLabel(getTranslation("metrics.filter.from"));
        to.setId("metrics-to");
        to.setLabel(getTranslation("metrics.filter.to"));
        setUpOptional(severity, "metrics-severity", "metrics.filter.severity", Severity.values(), Enum::name);
        setUpOptional(service, "metrics-service", "metrics.filter.service", MailService.values(),
                value -> getTranslation("status.service." + key(value)));
        setUpOptional(cause, "metrics-cause", "metrics.filter.cause", CauseCategory.values(),
                value -> getTranslation("metrics.cause." + key(value)));
        period.addValueChangeListener(event -> {
            boolean custom = event.getValue() == PeriodChoice.CUSTOM;
            from.setVisible(custom);
            to.setVisible(custom);
            if (custom && from.isEmpty()) {
                LocalDate today = LocalDate.now(clock.withZone(zone()));
                from.setValue(today.minusDays(90));
                to.setValue(today);
            }
            changed();
        });
        from.setVisible(false);
        to.setVisible(false);
        from.addValueChangeListener(event -> changed());
        to.addValueChangeListener(event -> changed());
        add(period, from, to, severity, service, cause);
    }

    private <T> void setUpOptional(Select<T> select, String id, String labelKey, T[] values,
            ItemLabelGenerator<T> labels) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("metrics.filter.all"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("metrics.filter.all") : labels.apply(value));
        select.addValueChangeListener(event -> changed());
    }

    /** The filter as chosen; a custom period whose end lies before its start is refused by {@link MetricsFilter}. */
    MetricsFilter filter() {
        Instant now = clock.instant();
        if (period.getValue() != PeriodChoice.CUSTOM) {
            MetricsFilter last = MetricsFilter.lastDays(now, period.getValue().days);
            return new MetricsFilter(last.from(), last.to(), severity.getValue(), service.getValue(), cause.getValue());
        }
        ZoneId zone = zone();
        LocalDate start = from.getValue() == null ? LocalDate.now(clock.withZone(zone)).minusDays(90) : from.getValue();
        LocalDate end = to.getValue() == null ? LocalDate.now(clock.withZone(zone)) : to.getValue();
        return new MetricsFilter(start.atStartOfDay(zone).toInstant(), end.plusDays(1).atStartOfDay(zone).toInstant(),
                severity.getValue(), service.getValue(), cause.getValue());
    }

    private void changed() {
        if (!applying) {
            onChange.run();
        }
    }

    /**
     * Takes the filter from the address ({@code ?from=2026-01-01&to=2026-01-31&severity=SEV1&service=WEBMAIL&cause=NETWORK}),
     * so a dashboard can be bookmarked or shared; unknown values are ignored.
     */
    void apply(Map<String, List<String>> parameters) {
        applying = true;
        try {
            LocalDate start = date(parameters, "from");
            LocalDate end = date(parameters, "to");
            if (start != null && end != null) {
                period.setValue(PeriodChoice.CUSTOM);
                from.setValue(start);
                to.setValue(end);
            }
            severity.setValue(value(parameters, "severity", Severity.class));
            service.setValue(value(parameters, "service", MailService.class));
            cause.setValue(value(parameters, "cause", CauseCategory.class));
        } finally {
            applying = false;
        }
    }

    private static LocalDate date(Map<String, List<String>> parameters, String name) {
        try {
            return parameters.containsKey(name) ? LocalDate.parse(parameters.get(name).getFirst()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E value(Map<String, List<String>> parameters, String name, Class<E> type) {
        try {
            return parameters.containsKey(name) ? Enum.valueOf(type, parameters.get(name).getFirst()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Tells the person why a filter was refused, in their language. */
    static void refused(MetricsException refusal) {
        Notification.show(Texts.t(refusal.messageKey(), refusal.arguments()), 5000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static ZoneId zone() {
        return BrowserTime.zone();
    }

    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
