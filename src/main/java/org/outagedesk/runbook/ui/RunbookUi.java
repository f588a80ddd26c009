package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.ZoneId;
import org.outagedesk.base.ui.BrowserTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.outagedesk.incident.IncidentChangedMeanwhile;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.incident.IncidentLabels;
import org.outagedesk.runbook.RunbookException;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.runbook.RunbookItemChangedMeanwhile;
import org.outagedesk.base.ui.Texts;

/** Small pieces the runbook screens share: labels, times, ids and refusals. */
final class RunbookUi {

    private RunbookUi() {}

    /** Labels of the runbook's enums ({@code runbook.<type>.<VALUE>}); phases use the incident's labels. */
    static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        if (value instanceof org.outagedesk.incident.Phase) {
            return Texts.t(IncidentLabels.key(value));
        }
        return Texts.t("runbook." + value.getClass().getSimpleName() + "." + value.name());
    }

    /** A labelled choice of enum values with a stable id, the first one chosen. */
    static <E extends Enum<E>> void choices(com.vaadin.flow.component.select.Select<E> select, String id,
            String labelKey, E[] values) {
        select.setId(id);
        select.setLabel(Texts.t(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(RunbookUi::label);
        select.setValue(values[0]);
    }

    static ZoneId zone() {
        return BrowserTime.zone();
    }

    static String time(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(UI.getCurrent().getLocale())
                .withZone(zone()).format(instant);
    }

    /** A small action button with its text, an optional icon and a stable id. */
    static Button smallButton(String id, String key, VaadinIcon icon, Runnable onClick, ButtonVariant... variants) {
        Button button = icon == null ? new Button(Texts.t(key), click -> onClick.run())
                : new Button(Texts.t(key), icon.create(), click -> onClick.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addThemeVariants(variants);
        return button;
    }

    static <T extends Component> T withId(T component, String id) {
        component.setId(id);
        return component;
    }

    /** Confirms a change the person made. */
    static void success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** "3.2 Check the server logs", in the person's language. */
    static String itemLabel(RunbookItem item) {
        return item.number() + " " + item.title(UI.getCurrent().getLocale());
    }

    static void problem(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Runs a change; a refusal is shown in words the person can act on ("changed by X meanwhile"
     * included). Returns whether it went through; the caller re-reads either way.
     */
    static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (RunbookItemChangedMeanwhile e) {
            problem(e.changedBy() == null ? Texts.t("runbook.changed-meanwhile-unknown")
                    : Texts.t("runbook.changed-meanwhile", e.changedBy()));
        } catch (RunbookException e) {
            problem(Texts.t(e.messageKey(), e.arguments()));
        } catch (IncidentChangedMeanwhile e) {
            problem(e.changedBy() == null ? Texts.t("runbook.changed-meanwhile-unknown")
                    : Texts.t("runbook.changed-meanwhile", e.changedBy()));
        } catch (IncidentException e) {
            problem(Texts.t(e.messageKey(), e.arguments()));
        }
        return false;
    }
}
