package org.outagedesk.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Locale;
import java.util.function.Consumer;
import org.outagedesk.report.KnownOutage;
import org.outagedesk.report.ReportStatus;
import org.outagedesk.report.ReportSummary;

/**
 * One of the person's reports in the list: what, where, when, its status and, when linked, the
 * incident's news. The template reaches the browser once; each card sends only its texts.
 *
 * @param report the report
 * @param incident the incident it is linked to, when known
 */
record ReportCard(ReportSummary report, KnownOutage incident) {

    private static final String TEMPLATE = """
            <div class="report-row"><div id="report-${item.id}" class="report-card status-${item.status}">
              <div class="report-card-top">
                <span class="report-number">${item.number}</span>
                <span id="report-status-${item.id}" class="status-badge status-badge-${item.status}">${item.statusText}</span>
              </div>
              <span class="report-symptom">${item.symptom}</span>
              <div class="report-meta-row">
                <span class="report-meta"><vaadin-icon icon="vaadin:desktop" aria-hidden="true"></vaadin-icon><span>${item.client}</span></span>
                <span class="report-meta"><vaadin-icon icon="vaadin:clock" aria-hidden="true"></vaadin-icon><span>${item.sent}</span></span>
              </div>
              ${item.excerpt ? html`<p class="${item.excerptClass}">${item.excerpt}</p>` : ''}
              ${item.joined ? html`<span class="report-note">${item.joined}</span>` : ''}
              ${item.note ? html`<p class="report-note">${item.note}</p>` : ''}
              ${item.incidentReference ? html`<div class="report-incident">
                <div class="outage-top">
                  <span class="outage-reference">${item.incidentReference}</span>
                  <span class="outage-title">${item.incidentTitle}</span>
                  <span class="outage-status outage-status-${item.incidentPublicStatus}">${item.incidentStatus}</span>
                </div>
                ${item.resolution ? html`<div class="report-resolution">
                  <span class="update-label">${item.resolutionLabel}</span>
                  <p class="outage-update">${item.resolution}</p>
                  ${item.cause ? html`<p class="resolution-part"><strong>${item.causeLabel}</strong> ${item.cause}</p>` : ''}
                  ${item.prevention ? html`<p class="resolution-part"><strong>${item.preventionLabel}</strong> ${item.prevention}</p>` : ''}
                </div>` : item.update ? html`<span class="update-label">${item.updateLabel}</span>
                  <p class="outage-update">${item.update}</p>` : ''}
                ${item.eta ? html`<span class="report-meta"><vaadin-icon icon="vaadin:timer" aria-hidden="true"></vaadin-icon><span>${item.eta}</span></span>` : ''}
              </div>` : ''}
              ${item.confirmed ? html`<span class="report-confirmed"><vaadin-icon icon="vaadin:check-circle" aria-hidden="true"></vaadin-icon><span>${item.confirmed}</span></span>` : ''}
              ${item.worksNow || item.stillBroken ? html`<div class="report-feedback">
                ${item.worksNow ? html`<vaadin-button id="report-works-now-${item.id}" theme="small primary"
                    @click=${worksNow}>${item.worksNow}</vaadin-button>` : ''}
                ${item.stillBroken ? html`<vaadin-button id="report-still-broken-${item.id}" theme="small"
                    @click=${stillBroken}>${item.stillBroken}</vaadin-button>` : ''}
              </div>` : ''}
            </div></div>""";

    /**
     * The card's template and texts, in the language of {@code context}; "Still broken" and "It works
     * now" call their consumers, only for a resolved report (a crafted call on another does nothing).
     */
    static LitRenderer<ReportCard> renderer(Component context, Consumer<ReportSummary> stillBroken,
            Consumer<ReportSummary> worksNow) {
        return LitRenderer.<ReportCard>of(TEMPLATE)
                .withProperty("id", card -> card.report().id())
                .withProperty("status", card -> card.report().status().name().toLowerCase(Locale.ROOT))
                .withProperty("number", card -> context.getTranslation("report.mine.number",
                        String.valueOf(card.report().id())))
                .withProperty("statusText", card -> card.statusText(context))
                .withProperty("symptom", card -> context.getTranslation("report.symptom." + card.report().symptom().name()))
                .withProperty("client", card -> context.getTranslation("report.client." + card.report().client().name()))
                .withProperty("sent", card -> context.getTranslation("report.mine.sent",
                        ReportTexts.dateTime(context, card.report().createdAt())))
                .withProperty("excerpt", ReportCard::excerpt)
                .withProperty("excerptClass", card -> card.report().description() != null
                        ? "report-excerpt" : "report-excerpt-code")
                .withProperty("joined", card -> card.report().joinedIncident()
                        ? context.getTranslation("report.mine.joined") : "")
                .withProperty("note", card -> card.note(context))
                .withProperty("incidentReference", card -> card.incident() == null ? "" : card.incident().reference())
                .withProperty("incidentTitle", card -> card.incident() == null ? "" : card.incident().title())
                .withProperty("incidentStatus", card -> card.incident() == null ? ""
                        : ReportTexts.publicStatus(context, card.incident().publicStatus()))
                .withProperty("incidentPublicStatus", card -> card.incident() == null ? ""
                        : card.incident().publicStatus())
                .withProperty("update", card -> card.incident() == null || card.incident().latestPublicUpdate() == null
                        ? "" : card.incident().latestPublicUpdate())
                .withProperty("updateLabel", card -> card.updateLabel(context))
                .withProperty("resolution", card -> card.resolution() == null ? "" : card.resolution().summary())
                .withProperty("resolutionLabel", card -> context.getTranslation("report.mine.resolution"))
                .withProperty("cause", card -> card.resolution() == null ? "" : text(card.resolution().cause()))
                .withProperty("causeLabel", card -> context.getTranslation("report.mine.cause"))
                .withProperty("prevention", card -> card.resolution() == null ? ""
                        : text(card.resolution().prevention()))
                .withProperty("preventionLabel", card -> context.getTranslation("report.mine.prevention"))
                .withProperty("eta", card -> card.incident() == null || card.incident().eta() == null
                        || !card.incident().open() ? "" : context.getTranslation("report.mine.eta",
                                ReportTexts.dateTime(context, card.incident().eta())))
                .withProperty("stillBroken", card -> card.resolved()
                        ? context.getTranslation("notification.still-broken.action") : "")
                .withProperty("worksNow", card -> card.resolved() && !card.report().confirmedWorking()
                        ? context.getTranslation("report.works-now.action") : "")
                .withProperty("confirmed", card -> card.resolved() && card.report().confirmedWorking()
                        ? context.getTranslation("report.works-now.confirmed",
                                ReportTexts.dateTime(context, card.report().confirmedWorkingAt())) : "")
                .withFunction("stillBroken", card -> {
                    if (card.resolved()) {
                        stillBroken.accept(card.report());
                    }
                })
                .withFunction("worksNow", card -> {
                    if (card.resolved() && !card.report().confirmedWorking()) {
                        worksNow.accept(card.report());
                    }
                });
    }

    private boolean resolved() {
        return report.status() == ReportStatus.RESOLVED;
    }

    /** The incident's resolution summary, once published. */
    private KnownOutage.Resolution resolution() {
        return incident == null ? null : incident.resolution();
    }

    /** "Latest update, 7 Dec 2026, 14:10 · Cause identified:", without the parts not known. */
    private String updateLabel(Component context) {
        if (incident == null || incident.latestUpdateAt() == null) {
            return context.getTranslation("report.mine.latest", "");
        }
        String when = ReportTexts.dateTime(context, incident.latestUpdateAt());
        if (incident.latestUpdateStatus() != null) {
            when = when + " · " + ReportTexts.publicStatus(context, incident.latestUpdateStatus());
        }
        return context.getTranslation("report.mine.latest", when);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    String statusText(Component context) {
        return ReportTexts.status(context, report.status(), incident);
    }

    /** Why it was declined, or which report it repeats. */
    private String note(Component context) {
        if (report.status() == ReportStatus.DECLINED && report.declineReason() != null) {
            return context.getTranslation("report.mine.reason", report.declineReason());
        }
        if (report.status() == ReportStatus.DUPLICATE && report.duplicateOfId() != null) {
            return context.getTranslation("report.mine.duplicate-of", String.valueOf(report.duplicateOfId()));
        }
        return "";
    }

    /** The start of what the person wrote, or of the error text, to tell similar reports apart. */
    private static String excerpt(ReportCard card) {
        String text = card.report().description() != null ? card.report().description() : card.report().errorText();
        if (text == null) {
            return "";
        }
        return text.length() > 160 ? text.substring(0, 159) + "…" : text;
    }
}
