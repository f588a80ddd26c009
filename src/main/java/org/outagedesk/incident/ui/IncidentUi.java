package org.outagedesk.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.incident.IncidentChangedMeanwhile;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.incident.IncidentLabels;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.PhaseGateRefused;
import org.outagedesk.incident.Severity;
import org.outagedesk.report.ReportException;
import org.outagedesk.base.ui.Texts;

/** Small pieces the incident screens share: enum labels, badges, times, notifications, empty states. */
final class IncidentUi {

    private IncidentUi() {}

    /** The translated label of an enum value, e.g. {@code incident.phase.ASSESSMENT}. */
    static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return Texts.t(IncidentLabels.key(value));
    }

    static Span severityBadge(Severity severity) {
        Span badge = new Span(label(severity));
        badge.addClassNames("sev-badge", "sev-" + severity.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** The incident's state as a chip; "Resolved" has the one colour resolved has everywhere ({@code od-resolved}). */
    static Span stateChip(IncidentState state) {
        Span chip = chip(label(state), "state-chip");
        chip.addClassName("state-" + state.name().toLowerCase(Locale.ROOT));
        if (state == IncidentState.RESOLVED) {
            chip.addClassName("od-resolved");
        }
        return chip;
    }

    static Span chip(String text, String className) {
        Span chip = new Span(text);
        chip.addClassNames("od-chip", className);
        return chip;
    }

    /** The browser's time zone when known, else UTC. */
    static ZoneId zone() {
        return BrowserTime.zone();
    }

    static String time(Instant instant) {
        return BrowserTime.format(instant);
    }

    /** "5 min", "3 h", "2 d" ago, in the user's language. */
    static String age(Instant since, Instant now) {
        if (since == null) {
            return "—";
        }
        Duration age = Duration.between(since, now);
        if (age.toMinutes() < 1) {
            return Texts.t("incident.age.now");
        }
        if (age.toHours() < 1) {
            return Texts.t("incident.age.minutes", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return Texts.t("incident.age.hours", age.toHours());
        }
        return Texts.t("incident.age.days", age.toDays());
    }

    static void success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * Confirms a change that concerns another incident, with a button to go there (kept until the
     * person closes it or goes, as it is the way there).
     */
    static void successWithLink(String text, String linkText, long incidentId) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.setDuration(15000);
        Button go = withId(new Button(linkText, VaadinIcon.ARROW_RIGHT.create(), click -> {
            notification.close();
            goTo(incidentId);
        }), "notification-go-to-incident");
        go.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        close.setAriaLabel(Texts.t("incident.notification.close"));
        Div content = new Div(new Span(text), go, close);
        content.addClassName("notification-with-link");
        notification.add(content);
        notification.open();
    }

    /** Opens an incident's page. */
    static void goTo(long incidentId) {
        UI.getCurrent().navigate(IncidentView.class, new RouteParameters("id", String.valueOf(incidentId)));
    }

    static void problem(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** An empty state that says what is (not) here and what to do. */
    static Div emptyState(VaadinIcon icon, String title, String hint) {
        Span heading = new Span(title);
        heading.addClassName("empty-title");
        Div empty = new Div(icon.create(), heading, new Paragraph(hint));
        empty.addClassName("empty-state");
        return empty;
    }

    /** A choice of enum values, labelled in the user's language. */
    static <E extends Enum<E>> void choices(Select<E> select, String labelKey, E[] values) {
        select.setLabel(Texts.t(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(IncidentUi::label);
    }

    static <E extends Enum<E>> void choices(CheckboxGroup<E> group, String labelKey, E[] values) {
        group.setLabel(Texts.t(labelKey));
        group.setItems(values);
        group.setItemLabelGenerator(IncidentUi::label);
    }

    static <T extends Component> T withId(T component, String id) {
        component.setId(id);
        return component;
    }

    /**
     * Runs a change and tells the person when it is refused: a reason they can act on, or that
     * someone else changed the incident meanwhile. Returns whether it went through; either way
     * the caller shows fresh state afterwards.
     */
    static boolean attempt(Runnable change) {
        UI ui = UI.getCurrent();
        try {
            change.run();
            return true;
        } catch (IncidentChangedMeanwhile e) {
            problem(e.changedBy() == null ? ui.getTranslation("incident.changed-meanwhile-unknown")
                    : ui.getTranslation("incident.changed-meanwhile", e.changedBy()));
        } catch (PhaseGateRefused e) {
            GateRefusalNotice.show(e);
        } catch (IncidentException e) {
            problem(ui.getTranslation(e.messageKey(), e.arguments()));
        } catch (ReportException e) {
            problem(ui.getTranslation(e.messageKey(), e.arguments()));
        }
        return false;
    }
}
