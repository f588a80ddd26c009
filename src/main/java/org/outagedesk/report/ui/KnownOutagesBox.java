package org.outagedesk.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.outagedesk.base.ui.PageSection;
import org.outagedesk.report.KnownOutage;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Known-outage deflection: open incidents that match what the person chose, each with a
 * one-click "this is my problem too" and what other modules add to the card (following it).
 * Hidden while nothing matches.
 */
class KnownOutagesBox extends Div {

    private final Consumer<KnownOutage> onJoin;
    private final ObjectProvider<PageSection> sections;

    KnownOutagesBox(Consumer<KnownOutage> onJoin, ObjectProvider<PageSection> sections) {
        this.onJoin = onJoin;
        this.sections = sections;
        setId("known-outages");
        addClassName("known-outages");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-live", "polite");
        setVisible(false);
    }

    /** Shows the outages; those the person already has a report linked to name it instead of offering to join. */
    void show(List<KnownOutage> outages, Map<Long, Long> myReportByIncident) {
        removeAll();
        setVisible(!outages.isEmpty());
        if (outages.isEmpty()) {
            return;
        }
        H3 title = new H3(getTranslation("report.known.title"));
        title.addClassName("known-outages-title");
        Span icon = new Span(VaadinIcon.INFO_CIRCLE.create());
        icon.addClassName("known-outages-icon");
        Div heading = new Div(icon, title);
        heading.addClassName("known-outages-heading");
        add(heading, new Paragraph(getTranslation("report.known.intro")));
        outages.forEach(outage -> add(outage(outage, myReportByIncident.get(outage.incidentId()))));
    }

    private Div outage(KnownOutage outage, Long myReportId) {
        Div top = ReportTexts.outageHeading(outage);

        Span status = new Span(getTranslation("report.known.status", ReportTexts.publicStatus(this,
                outage.publicStatus())));
        status.addClassName("outage-status");
        Span eta = new Span(outage.eta() == null ? getTranslation("report.known.no-eta")
                : getTranslation("report.known.eta", ReportTexts.dateTime(this, outage.eta())));
        Div facts = new Div(status, eta);
        facts.addClassName("outage-facts");

        Div card = new Div(top, facts);
        if (outage.latestPublicUpdate() != null) {
            Paragraph update = new Paragraph(outage.latestPublicUpdate());
            update.addClassName("outage-update");
            card.add(update);
        }
        card.add(myReportId == null ? joinButton(outage) : alreadyIn(outage, myReportId));
        // What other modules offer on the card (e.g. "follow this incident"), without this module knowing them.
        sections.orderedStream().filter(section -> PageSection.KNOWN_OUTAGE.equals(section.page()))
                .forEach(section -> card.add(section.create(outage.incidentId())));
        card.addClassName("outage-card");
        return card;
    }

    private Button joinButton(KnownOutage outage) {
        Button join = new Button(getTranslation("report.known.join"), VaadinIcon.HAND.create(),
                click -> onJoin.accept(outage));
        join.setId("join-" + outage.incidentId());
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.setDisableOnClick(true);
        return join;
    }

    /** The person is already counted in this outage: which report, and where to follow it. */
    private Div alreadyIn(KnownOutage outage, long reportId) {
        Span text = new Span(getTranslation("report.known.already", String.valueOf(reportId), outage.reference()));
        RouterLink follow = new RouterLink(getTranslation("report.known.follow"), MyReportsView.class);
        follow.setId("already-in-" + outage.incidentId() + "-link");
        Div note = new Div(VaadinIcon.CHECK_CIRCLE.create(), text, follow);
        note.setId("already-in-" + outage.incidentId());
        note.addClassName("outage-already-in");
        return note;
    }
}
