package org.outagedesk.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.outagedesk.incident.CauseVerdict;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TriageGroup;
import org.outagedesk.incident.TriageService;

/**
 * For IT staff on the incident page: what triage reads in the incident's reports and probes (the
 * shared error, the likely causes, the SOP items to start with), and whether it was right, which
 * staff say once they know (kept on the timeline for the review and the metrics).
 */
class CauseSuggestionPanel extends Div {

    private final TriageService triage;
    private final SuggestionExplainer explainer;
    private final Runnable afterRating;
    private final Div reading = IncidentUi.withId(new Div(), "incident-cause-reading");
    private final Div rating = IncidentUi.withId(new Div(), "incident-cause-rating");
    private long incidentId;
    private int readForReports = -1;
    private boolean somethingToRate;

    CauseSuggestionPanel(TriageService triage, SuggestionExplainer explainer, Runnable afterRating) {
        this.triage = triage;
        this.explainer = explainer;
        this.afterRating = afterRating;
        setId("incident-cause");
        addClassNames("panel", "cause-panel");
        rating.addClassName("cause-rating");
        add(new H3(getTranslation("incident.cause.title")), reading, rating);
    }

    /** Reads the suggestion again when the linked reports changed; the rating every time. */
    void show(IncidentDetails incident, List<TimelineItem> timeline, boolean editable) {
        if (incident.id() != incidentId || incident.reportCount() != readForReports) {
            incidentId = incident.id();
            readForReports = incident.reportCount();
            read(triage.forIncident(incident.id()));
        }
        showRating(CauseVerdict.latest(timeline), editable && somethingToRate);
    }

    private void read(TriageGroup group) {
        reading.removeAll();
        Div meaning = explainer.reading(group.signature(), "incident-cause-meaning");
        if (meaning != null) {
            reading.add(meaning);
        }
        Div causes = explainer.causesAndSteps(group, "incident-cause-list");
        somethingToRate = causes != null;
        if (causes == null) {
            Paragraph nothing = new Paragraph(getTranslation("incident.cause.nothing"));
            nothing.addClassName("muted");
            reading.add(nothing);
        } else {
            reading.add(causes);
        }
    }

    private void showRating(Optional<TimelineItem> latest, boolean editable) {
        rating.removeAll();
        latest.ifPresent(item -> rating.add(IncidentUi.withId(new Span(getTranslation(
                "incident.cause.rated." + CauseVerdict.of(item).name(), item.actorName(), IncidentUi.time(item.at()))),
                "incident-cause-verdict")));
        if (!editable) {
            return;
        }
        Span question = new Span(getTranslation("incident.cause.question"));
        question.addClassName("cause-question");
        rating.add(question, verdictButton(CauseVerdict.RIGHT, VaadinIcon.THUMBS_UP, latest),
                verdictButton(CauseVerdict.WRONG, VaadinIcon.THUMBS_DOWN, latest));
    }

    private Button verdictButton(CauseVerdict verdict, VaadinIcon icon, Optional<TimelineItem> latest) {
        Button button = new Button(getTranslation("incident.cause." + verdict.name()), icon.create(), click -> {
            if (IncidentUi.attempt(() -> triage.rateCauseSuggestion(incidentId, verdict))) {
                IncidentUi.success(getTranslation("incident.cause.saved." + verdict.name()));
                afterRating.run();
            }
        });
        button.setId("incident-cause-" + verdict.name().toLowerCase(java.util.Locale.ROOT));
        boolean chosen = latest.map(CauseVerdict::of).filter(verdict::equals).isPresent();
        button.addThemeVariants(chosen ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
        return button;
    }
}
