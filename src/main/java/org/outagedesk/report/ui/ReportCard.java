package org.outagedesk.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import org.outagedesk.report.KnownOutage;
import org.outagedesk.report.ReportStatus;
import org.outagedesk.report.ReportSummary;

/** One of the person's reports: what, where, when, its status and, when linked, the incident's news. */
class ReportCard extends Div {

    ReportCard(ReportSummary report, KnownOutage incident) {
        this(report, incident, null);
    }

    ReportCard(ReportSummary report, KnownOutage incident,
            java.util.function.Consumer<ReportSummary> stillBroken) {
        setId("report-" + report.id());
        addClassNames("report-card", "status-" + report.status().name().toLowerCase(Locale.ROOT));

        Span number = new Span(getTranslation("report.mine.number", String.valueOf(report.id())));
        number.addClassName("report-number");
        Span badge = new Span(ReportTexts.status(this, report.status(), incident));
        badge.addClassNames("status-badge", "status-badge-" + report.status().name().toLowerCase(Locale.ROOT));
        badge.setId("report-status-" + report.id());
        Div top = new Div(number, badge);
        top.addClassName("report-card-top");

        Span symptom = new Span(getTranslation("report.symptom." + report.symptom().name()));
        symptom.addClassName("report-symptom");
        Span client = new Span(VaadinIcon.DESKTOP.create(),
                new Span(getTranslation("report.client." + report.client().name())));
        client.addClassName("report-meta");
        Span sent = new Span(VaadinIcon.CLOCK.create(),
                new Span(getTranslation("report.mine.sent", ReportTexts.dateTime(this, report.createdAt()))));
        sent.addClassName("report-meta");
        Div meta = new Div(client, sent);
        meta.addClassName("report-meta-row");
        add(top, symptom, meta);
        excerpt(report).ifPresent(this::add);

        if (report.joinedIncident()) {
            Span joined = new Span(getTranslation("report.mine.joined"));
            joined.addClassName("report-note");
            add(joined);
        }
        if (report.status() == ReportStatus.DECLINED && report.declineReason() != null) {
            add(note(getTranslation("report.mine.reason", report.declineReason())));
        }
        if (report.status() == ReportStatus.DUPLICATE && report.duplicateOfId() != null) {
            add(note(getTranslation("report.mine.duplicate-of", String.valueOf(report.duplicateOfId()))));
        }
        if (incident != null) {
            add(incident(incident));
        }
        if (stillBroken != null && report.status() == ReportStatus.RESOLVED) {
            com.vaadin.flow.component.button.Button button = new com.vaadin.flow.component.button.Button(
                    getTranslation("notification.still-broken.action"), click -> stillBroken.accept(report));
            button.setId("report-still-broken-" + report.id());
            button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            add(button);
        }
    }

    /** The start of what the person wrote, or of the error text, to tell similar reports apart. */
    private static java.util.Optional<Paragraph> excerpt(ReportSummary report) {
        String text = report.description() != null ? report.description() : report.errorText();
        if (text == null) {
            return java.util.Optional.empty();
        }
        Paragraph excerpt = new Paragraph(text.length() > 160 ? text.substring(0, 159) + "…" : text);
        excerpt.addClassName(report.description() != null ? "report-excerpt" : "report-excerpt-code");
        return java.util.Optional.of(excerpt);
    }

    private Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("report-note");
        return note;
    }

    private Div incident(KnownOutage incident) {
        Span status = new Span(ReportTexts.publicStatus(this, incident.publicStatus()));
        status.addClassName("outage-status");
        Div box = new Div(ReportTexts.outageHeading(incident, status));
        box.addClassName("report-incident");
        if (incident.latestPublicUpdate() != null) {
            String when = incident.latestUpdateAt() == null ? "" : ReportTexts.dateTime(this, incident.latestUpdateAt());
            Span label = new Span(getTranslation("report.mine.latest", when));
            label.addClassName("update-label");
            Paragraph update = new Paragraph(incident.latestPublicUpdate());
            update.addClassName("outage-update");
            box.add(label, update);
        }
        if (incident.eta() != null && incident.open()) {
            Span eta = new Span(VaadinIcon.TIMER.create(),
                    new Span(getTranslation("report.mine.eta", ReportTexts.dateTime(this, incident.eta()))));
            eta.addClassName("report-meta");
            box.add(eta);
        }
        return box;
    }
}
