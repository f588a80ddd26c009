package org.outagedesk.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.outagedesk.base.ReaderTime;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.report.KnownOutage;
import org.outagedesk.report.ReportStatus;

/** Wording and formatting shared by the report views: times in the user's zone and language, statuses. */
final class ReportTexts {

    private ReportTexts() {}

    /** In the language of the UI the component is in, and the reader's zone. */
    static String dateTime(Component context, Instant instant) {
        return ReaderTime.format(instant, context.getUI().orElseGet(UI::getCurrent).getLocale(), BrowserTime.zone());
    }

    /** "Received", "Linked to INC-42", ...; the incident's reference when it is known. */
    static String status(Component context, ReportStatus status, KnownOutage incident) {
        if (status == ReportStatus.LINKED) {
            return context.getTranslation("report.status.LINKED",
                    incident == null ? context.getTranslation("report.status.incident") : incident.reference());
        }
        return context.getTranslation("report.status." + status.name());
    }

    /** An incident's reference badge and title, followed by any extra parts. */
    static Div outageHeading(KnownOutage outage, Component... extra) {
        Span reference = new Span(outage.reference());
        reference.addClassName("outage-reference");
        Span title = new Span(outage.title());
        title.addClassName("outage-title");
        Div heading = new Div(reference, title);
        heading.add(extra);
        heading.addClassName("outage-top");
        return heading;
    }

    /** Investigating, identified, monitoring or resolved, in the user's language. */
    static String publicStatus(Component context, String publicStatus) {
        String key = "report.public-status." + publicStatus;
        String text = context.getTranslation(key);
        return text.startsWith("!") ? publicStatus : text;
    }
}
