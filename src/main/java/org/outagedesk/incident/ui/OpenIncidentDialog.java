package org.outagedesk.incident.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.TriageGroup;
import org.outagedesk.incident.TriageSignal;
import org.outagedesk.base.ui.Texts;

/** Opens an incident from reports, prefilled from the scope suggestion; staff confirm or override. */
class OpenIncidentDialog extends FormDialog {

    private final TextField title = IncidentUi.withId(new TextField(), "incident-form-title");
    private final TextArea description = IncidentUi.withId(new TextArea(), "incident-form-description");
    private final CheckboxGroup<MailService> services = IncidentUi.withId(new CheckboxGroup<>(), "incident-form-services");
    private final Select<Scope> scope = IncidentUi.withId(new Select<>(), "incident-form-scope");
    private final Select<Severity> severity = IncidentUi.withId(new Select<>(), "incident-form-severity");
    private IncidentDetails opened;

    OpenIncidentDialog(IncidentService incidents, TriageGroup suggestion, SuggestionExplainer explainer,
            Consumer<IncidentDetails> onOpened) {
        this(incidents, suggestion, Texts.t("triage.open.intro", suggestion.reportIds().size()),
                Texts.t("triage.open.default-title", IncidentUi.label(suggestion.symptom()),
                        SuggestionText.clients(suggestion)), onOpened);
        UnorderedList reasons = explainer.reasons(suggestion, "incident-form-reasons");
        if (reasons != null) {
            Paragraph line = IncidentUi.withId(new Paragraph(SuggestionText.suggestion(suggestion)),
                    "incident-form-reason");
            line.addClassName("suggestion-line");
            addComponentAtIndex(1, line);
            addComponentAtIndex(2, reasons);
        }
        Div causes = explainer.causesAndSteps(suggestion, "incident-form-causes");
        if (causes != null) {
            addComponentAtIndex(reasons == null ? 1 : 3, causes);
        }
    }

    /** Opens an incident from a monitoring signal: no reports, the signal's services, scope and severity. */
    OpenIncidentDialog(IncidentService incidents, TriageSignal signal, Consumer<IncidentDetails> onOpened) {
        this(incidents, new TriageGroup(null, List.of(), null, List.of(), 0, List.of(), List.of(), 1.0, signal.scope(),
                signal.severity(), List.of(), signal.services(), null, List.of(signal.key())),
                Texts.t("triage.signal.open-intro"),
                Texts.t("triage.signal.default-title", signal.title()), onOpened);
        description.setValue(signal.evidence() == null ? signal.detail() : signal.detail() + ": " + signal.evidence());
    }

    private OpenIncidentDialog(IncidentService incidents, TriageGroup suggestion, String intro, String defaultTitle,
            Consumer<IncidentDetails> onOpened) {
        super(Texts.t("triage.open.title"), intro,
                Texts.t("triage.open.confirm"), "incident-form-open", () -> false);
        title.setLabel(getTranslation("incident.field.title"));
        title.setValue(defaultTitle.length() > 200 ? defaultTitle.substring(0, 200) : defaultTitle);
        title.setRequired(true);
        title.setMaxLength(200);
        description.setLabel(getTranslation("incident.field.description"));
        IncidentUi.choices(services, "incident.field.services", MailService.values());
        services.setValue(suggestion.services());
        IncidentUi.choices(scope, "incident.field.scope", Scope.values());
        scope.setValue(suggestion.scope());
        scope.setHelperText(getTranslation("triage.open.suggested", IncidentUi.label(suggestion.scope())));
        IncidentUi.choices(severity, "incident.field.severity", Severity.values());
        severity.setValue(suggestion.severity());
        severity.setHelperText(getTranslation("triage.open.suggested", IncidentUi.label(suggestion.severity())));

        FormLayout form = new FormLayout(title, scope, severity, services, description);
        form.setColspan(title, 2);
        form.setColspan(services, 2);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        body(form);
        confirmButton().addClickListener(click -> {
            if (IncidentUi.attempt(() -> opened = incidents.open(new NewIncident(title.getValue(),
                    description.getValue(), services.getValue(), scope.getValue(), severity.getValue(),
                    List.copyOf(suggestion.reportIds()))))) {
                close();
                onOpened.accept(opened);
            }
        });
        setWidth("min(40rem, 95vw)");
    }
}
