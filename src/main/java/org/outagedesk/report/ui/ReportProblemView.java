package org.outagedesk.report.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.outagedesk.base.DatabaseTrouble;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.base.ui.PageSection;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.report.KnownOutage;
import org.outagedesk.report.KnownOutages;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.NewReport;
import org.outagedesk.report.ReportException;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.internal.ReportProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "Report a mail problem": what is wrong, where, since when and the details; open incidents
 * that match are offered first. One idempotency key per form, so a double click or a retry
 * after a network error stores one report.
 */
@Route("report")
@PermitAll
@StyleSheet("styles/report.css")
public class ReportProblemView extends Div implements LocalizedTitle {

    private static final Logger log = LoggerFactory.getLogger(ReportProblemView.class);

    private final ReportService reports;
    private final ObjectProvider<KnownOutages> knownOutages;

    final SymptomChoice symptom = new SymptomChoice();
    final Select<MailClient> client = new Select<>();
    final DateTimePicker started = new DateTimePicker();
    final TextArea errorText = new TextArea();
    final TextArea description = new TextArea();
    final EmailField address = new EmailField();
    final ScreenshotField screenshot;
    final KnownOutagesBox outages;
    final Button submit = new Button();
    private String idempotencyKey = UUID.randomUUID().toString();

    public ReportProblemView(ReportService reports, ObjectProvider<KnownOutages> knownOutages,
            ReportProperties properties, ObjectProvider<PageSection> sections) {
        this.reports = reports;
        this.outages = new KnownOutagesBox(this::join, sections);
        this.knownOutages = knownOutages;
        this.screenshot = new ScreenshotField(properties.screenshotMaxBytes());
        addClassNames("view-content", "report-view");

        H2 heading = new H2(getTranslation("report.form.title"));
        Paragraph intro = new Paragraph(getTranslation("report.form.intro"));
        intro.addClassName("muted");
        // Explains the marker Lumo draws beside required fields' labels.
        Paragraph requiredNote = new Paragraph(getTranslation("report.form.required"));
        requiredNote.setId("report-required-note");
        requiredNote.addClassName("muted");

        client.setId("report-client");
        client.setLabel(getTranslation("report.form.client"));
        client.setRequiredIndicatorVisible(true);
        // Until vaadin/web-components#7337 is fixed the select's aria-required is not announced (it
        // sits on a role=button); the helper text is its accessible description, and says it.
        client.setHelperText(getTranslation("report.form.client.helper"));
        client.setItems(MailClient.values());
        client.setItemLabelGenerator(item -> getTranslation("report.client." + item.name()));

        started.setId("report-started");
        started.setLabel(getTranslation("report.form.started"));
        started.setHelperText(getTranslation("report.form.started.helper"));
        started.setLocale(UI.getCurrent().getLocale());
        started.setStep(Duration.ofMinutes(15));

        Div where = new Div(client, started);
        where.addClassName("report-row");
        Div what = new Div(symptom, where);
        what.addClassNames("panel", "report-panel");

        errorText.setId("report-error");
        errorText.setLabel(getTranslation("report.form.error"));
        errorText.setHelperText(getTranslation("report.form.error.helper"));
        errorText.addClassName("monospace");
        errorText.setMaxLength(2000);
        description.setId("report-description");
        description.setLabel(getTranslation("report.form.description"));
        description.setHelperText(getTranslation("report.form.description.helper"));
        description.setMaxLength(4000);
        address.setId("report-address");
        address.setLabel(getTranslation("report.form.address"));
        address.setHelperText(getTranslation("report.form.address.helper"));
        address.setClearButtonVisible(true);
        Div details = new Div(new H2(getTranslation("report.form.details")), errorText, description, address,
                screenshot);
        details.addClassNames("panel", "report-panel", "report-details");

        submit.setText(getTranslation("report.form.submit"));
        submit.setIcon(VaadinIcon.PAPERPLANE.create());
        submit.setId("report-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit());
        Div actions = new Div(submit);
        actions.addClassName("report-actions");

        add(heading, intro, requiredNote, what, outages, details, actions);
        symptom.addValueChangeListener(change -> refreshOutages());
        client.addValueChangeListener(change -> refreshOutages());
        addAttachListener(attach -> {
            if (started.isEmpty()) {
                started.setValue(LocalDateTime.now(zone()).withSecond(0).withNano(0));
            }
        });
    }

    private ZoneId zone() {
        return BrowserTime.zone();
    }

    private void refreshOutages() {
        KnownOutages known = knownOutages.getIfAvailable();
        List<KnownOutage> matching = known == null || symptom.isEmpty() || client.isEmpty() ? List.of()
                : known.matching(symptom.getValue(), client.getValue());
        outages.show(matching, matching.isEmpty() ? Map.of() : myReportByIncident());
    }

    /** The person's report linked to each incident (the first one), so a known outage is not offered twice. */
    private Map<Long, Long> myReportByIncident() {
        Map<Long, Long> mine = new HashMap<>();
        reports.myReports().stream().filter(report -> report.incidentId() != null)
                .forEach(report -> mine.merge(report.incidentId(), report.id(), Math::min));
        return mine;
    }

    private void submit() {
        if (!isAttached()) {
            return; // a second click that arrived after the first one's report took the person away
        }
        clearErrors();
        NewReport report = new NewReport(symptom.getValue(), client.getValue(), description.getValue(),
                errorText.getValue(), started.isEmpty() ? null : started.getValue().atZone(zone()).toInstant(),
                address.getValue(), screenshot.bytes(), screenshot.fileName());
        try {
            ReportSummary stored = reports.submit(report, idempotencyKey);
            idempotencyKey = UUID.randomUUID().toString();
            success(getTranslation("report.form.submitted", String.valueOf(stored.id())));
        } catch (ReportException refused) {
            showError(refused);
            submit.setEnabled(true);
        } catch (RuntimeException failed) {
            failed(failed);
            submit.setEnabled(true);
        }
    }

    /**
     * Nothing was stored (the report's transaction never committed) and the form keeps what was
     * typed, so the same click can simply be repeated with the same idempotency key. A database out
     * of reach (restart, network cut) is told as such, like everywhere else in the portal.
     */
    private void failed(RuntimeException failure) {
        String message;
        if (DatabaseTrouble.isUnreachable(failure)) {
            log.warn("A report could not be stored, the database is out of reach: {}", failure.toString());
            message = getTranslation("base.error.database");
        } else {
            log.warn("A report could not be stored", failure);
            message = getTranslation("report.form.failed");
        }
        Notification notification = new Notification(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("error-notification");
        notification.open();
    }

    private void join(KnownOutage outage) {
        try {
            reports.joinIncident(outage.incidentId(), symptom.getValue(), client.getValue());
            success(getTranslation("report.known.joined", outage.reference()));
        } catch (ReportException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            refreshOutages();
        }
    }

    private void success(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(MyReportsView.class);
    }

    private void showError(ReportException refused) {
        String message = getTranslation(refused.messageKey(), refused.arguments());
        if ("screenshot".equals(refused.field())) {
            screenshot.showError(message);
            return;
        }
        HasValidation field = refused.field() == null ? null : fields().get(refused.field());
        if (field == null) {
            Notification.show(message, 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("symptom", symptom, "client", client, "startedAt", started, "errorText", errorText,
                "description", description, "affectedAddress", address);
    }

    private void clearErrors() {
        fields().values().forEach(field -> field.setInvalid(false));
        screenshot.showError(null);
    }

    @Override
    public String titleKey() {
        return "report.form.title";
    }
}
