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
                  <span class="outage-status">${item.incidentStatus}</span>
                </div>
                ${item.update ? html`<span class="update-label">${item.updateLabel}</span>
                  <p class="outage-update">${item.update}</p>` : ''}
                ${item.eta ? html`<span class="report-meta"><vaadin-icon icon="vaadin:timer" aria-hidden="true"></vaadin-icon><span>${item.eta}</span></span>` : ''}
              </div>` : ''}
              ${item.stillBroken ? html`<vaadin-button id="report-still-broken-${item.id}" theme="small"
                  @click=${stillBroken}>${item.stillBroken}</vaadin-button>` : ''}
            </div></div>""";

    /** The card's template and texts, in the language of {@code context}; "still broken" calls the consumer. */
    static LitRenderer<ReportCard> renderer(Component context, Consumer<ReportSummary> stillBroken) {
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
                .withProperty("update", card -> card.incident() == null || card.incident().latestPublicUpdate() == null
                        ? "" : card.incident().latestPublicUpdate())
                .withProperty("updateLabel", card -> card.incident() == null || card.incident().latestUpdateAt() == null
                        ? context.getTranslation("report.mine.latest", "")
                        : context.getTranslation("report.mine.latest",
                                ReportTexts.dateTime(context, card.incident().latestUpdateAt())))
                .withProperty("eta", card -> card.incident() == null || card.incident().eta() == null
                        || !card.incident().open() ? "" : context.getTranslation("report.mine.eta",
                                ReportTexts.dateTime(context, card.incident().eta())))
                .withProperty("stillBroken", card -> card.report().status() == ReportStatus.RESOLVED
                        ? context.getTranslation("notification.still-broken.action") : "")
                .withFunction("stillBroken", card -> {
                    if (card.report().status() == ReportStatus.RESOLVED) {
                        stillBroken.accept(card.report());
                    }
                });
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
