package org.outagedesk.report.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.function.Consumer;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.report.KnownOutage;
import org.outagedesk.report.ReportStatus;
import org.outagedesk.report.ReportSummary;

/**
 * One of the person's reports: what, where, when, its status and, when linked, the incident's news.
 * Drawn by the browser from one block; the list re-draws it when the report changes.
 */
class ReportCard extends MarkupBlock {

    private static final String STILL_BROKEN = "still-broken";

    ReportCard(ReportSummary report, KnownOutage incident, Consumer<ReportSummary> stillBroken) {
        super("report-card status-" + lower(report.status()));
        setId("report-" + report.id());
        Markup html = new Markup().open("div", "class", "report-card-top")
                .line("span", "report-number", getTranslation("report.mine.number", String.valueOf(report.id())))
                .open("span", "id", "report-status-" + report.id(),
                        "class", "status-badge status-badge-" + lower(report.status()))
                .text(ReportTexts.status(this, report.status(), incident)).close("span")
                .close("div")
                .line("span", "report-symptom", getTranslation("report.symptom." + report.symptom().name()))
                .open("div", "class", "report-meta-row");
        meta(html, VaadinIcon.DESKTOP, getTranslation("report.client." + report.client().name()));
        meta(html, VaadinIcon.CLOCK, getTranslation("report.mine.sent", ReportTexts.dateTime(this, report.createdAt())));
        html.close("div");
        excerpt(html, report);
        if (report.joinedIncident()) {
            html.line("span", "report-note", getTranslation("report.mine.joined"));
        }
        if (report.status() == ReportStatus.DECLINED && report.declineReason() != null) {
            html.line("p", "report-note", getTranslation("report.mine.reason", report.declineReason()));
        }
        if (report.status() == ReportStatus.DUPLICATE && report.duplicateOfId() != null) {
            html.line("p", "report-note", getTranslation("report.mine.duplicate-of",
                    String.valueOf(report.duplicateOfId())));
        }
        if (incident != null) {
            incident(html, incident);
        }
        if (stillBroken != null && report.status() == ReportStatus.RESOLVED) {
            html.button("report-still-broken-" + report.id(), STILL_BROKEN, "small", null,
                    getTranslation("notification.still-broken.action"));
            onAction(action -> stillBroken.accept(report));
        }
        show(html);
    }

    private static void meta(Markup html, VaadinIcon icon, String text) {
        html.open("span", "class", "report-meta").icon(icon, null).open("span").text(text).close("span").close("span");
    }

    /** The start of what the person wrote, or of the error text, to tell similar reports apart. */
    private static void excerpt(Markup html, ReportSummary report) {
        String text = report.description() != null ? report.description() : report.errorText();
        if (text != null) {
            html.line("p", report.description() != null ? "report-excerpt" : "report-excerpt-code",
                    text.length() > 160 ? text.substring(0, 159) + "…" : text);
        }
    }

    private void incident(Markup html, KnownOutage incident) {
        html.open("div", "class", "report-incident").open("div", "class", "outage-top")
                .line("span", "outage-reference", incident.reference())
                .line("span", "outage-title", incident.title())
                .line("span", "outage-status", ReportTexts.publicStatus(this, incident.publicStatus()))
                .close("div");
        if (incident.latestPublicUpdate() != null) {
            String when = incident.latestUpdateAt() == null ? "" : ReportTexts.dateTime(this, incident.latestUpdateAt());
            html.line("span", "update-label", getTranslation("report.mine.latest", when))
                    .line("p", "outage-update", incident.latestPublicUpdate());
        }
        if (incident.eta() != null && incident.open()) {
            meta(html, VaadinIcon.TIMER, getTranslation("report.mine.eta", ReportTexts.dateTime(this, incident.eta())));
        }
        html.close("div");
    }

    private static String lower(ReportStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
