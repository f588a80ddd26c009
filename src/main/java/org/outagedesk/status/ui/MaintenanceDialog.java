package org.outagedesk.status.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Function;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.status.MaintenanceDraft;
import org.outagedesk.status.MaintenanceWindow;

/** Schedules or changes a maintenance window; times are typed in the reader's zone, which the labels name. */
class MaintenanceDialog extends Dialog {

    private final CheckboxGroup<MailService> services = new CheckboxGroup<>();
    private final DateTimePicker start = new DateTimePicker();
    private final DateTimePicker end = new DateTimePicker();
    private final TextField titleEs = new TextField();
    private final TextField titleEn = new TextField();
    private final TextArea detailsEs = new TextArea();
    private final TextArea detailsEn = new TextArea();
    private final Select<UpdateAudience> audience = new Select<>();
    private final ZoneId zone = BrowserTime.zone();

    /** {@code save} returns whether the window was saved (the dialog then closes). */
    MaintenanceDialog(MaintenanceWindow existing, Function<MaintenanceDraft, Boolean> save) {
        setId("maintenance-dialog");
        setHeaderTitle(Texts.t(existing == null ? "status.maintenance.schedule" : "status.maintenance.change"));
        services.setId("maintenance-services");
        services.setLabel(Texts.t("status.maintenance.field.services"));
        services.setItems(MailService.values());
        services.setItemLabelGenerator(service -> Texts.t("status.service." + service.name().toLowerCase(Locale.ROOT)));
        start.setId("maintenance-start");
        start.setLabel(Texts.t("status.maintenance.field.start", zone.getId()));
        end.setId("maintenance-end");
        end.setLabel(Texts.t("status.maintenance.field.end", zone.getId()));
        titleEs.setId("maintenance-title-es");
        titleEs.setLabel(Texts.t("status.maintenance.field.title-es"));
        titleEs.setMaxLength(200);
        titleEn.setId("maintenance-title-en");
        titleEn.setLabel(Texts.t("status.maintenance.field.title-en"));
        titleEn.setMaxLength(200);
        detailsEs.setId("maintenance-details-es");
        detailsEs.setLabel(Texts.t("status.maintenance.field.details-es"));
        detailsEs.setMaxLength(2000);
        detailsEn.setId("maintenance-details-en");
        detailsEn.setLabel(Texts.t("status.maintenance.field.details-en"));
        detailsEn.setMaxLength(2000);
        audience.setId("maintenance-audience");
        audience.setLabel(Texts.t("status.maintenance.field.audience"));
        audience.setItems(UpdateAudience.PUBLIC, UpdateAudience.MANAGEMENT, UpdateAudience.INTERNAL);
        audience.setItemLabelGenerator(value -> Texts.t("status.maintenance.audience."
                + value.name().toLowerCase(Locale.ROOT)));
        if (existing == null) {
            LocalDateTime now = LocalDateTime.now(zone);
            LocalDateTime tonight = now.truncatedTo(ChronoUnit.DAYS).plusHours(22);
            if (!tonight.isAfter(now)) {
                tonight = tonight.plusDays(1); // the next 22:00: a usual quiet hour, always ahead
            }
            start.setValue(tonight);
            end.setValue(tonight.plusHours(2));
            audience.setValue(UpdateAudience.PUBLIC);
        } else {
            services.setValue(existing.services());
            start.setValue(LocalDateTime.ofInstant(existing.startsAt(), zone));
            end.setValue(LocalDateTime.ofInstant(existing.endsAt(), zone));
            titleEs.setValue(text(existing.titleEs()));
            titleEn.setValue(text(existing.titleEn()));
            detailsEs.setValue(text(existing.detailsEs()));
            detailsEn.setValue(text(existing.detailsEn()));
            audience.setValue(existing.audience());
        }
        FormLayout form = new FormLayout(services, start, end, titleEs, titleEn, detailsEs, detailsEn, audience);
        form.setColspan(services, 2);
        form.setColspan(audience, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);

        Button saveButton = new Button(Texts.t(existing == null ? "status.maintenance.schedule" : "status.maintenance.save"),
                click -> {
                    if (save.apply(draft())) {
                        close();
                    }
                });
        saveButton.setId("maintenance-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(Texts.t("status.maintenance.close"), click -> close());
        cancel.setId("maintenance-close");
        getFooter().add(cancel, saveButton);
        setWidth("min(52em, 96vw)");
    }

    private MaintenanceDraft draft() {
        return new MaintenanceDraft(services.getValue(), instant(start.getValue()), instant(end.getValue()),
                titleEs.getValue(), titleEn.getValue(), detailsEs.getValue(), detailsEn.getValue(), audience.getValue());
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
