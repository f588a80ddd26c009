package org.outagedesk.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.review.MeasuredTimes;
import org.outagedesk.review.ReviewMarkdown;
import org.outagedesk.review.ReviewService;
import org.springframework.stereotype.Component;

/** The review's Markdown download, rendered from fresh state when the link is followed. */
@Component
class ReviewExport {

    private final ReviewService reviews;
    private final IncidentService incidents;
    private final ReviewMarkdown markdown;

    ReviewExport(ReviewService reviews, IncidentService incidents, BundleI18NProvider i18n) {
        this.reviews = reviews;
        this.incidents = incidents;
        this.markdown = new ReviewMarkdown(i18n);
    }

    /** The review as the reader reads it: in their language and time zone. */
    String markdown(long incidentId, Locale reader, ZoneId zone) {
        var review = reviews.forIncident(incidentId).orElseThrow();
        var incident = incidents.find(incidentId).orElseThrow();
        return markdown.render(review, MeasuredTimes.of(incident.milestones()), incidents.timeline(incidentId),
                reader, zone);
    }

    /** The download link's handler; the reader's language and zone are taken from the page that offers it. */
    DownloadHandler download(long incidentId, String reference) {
        Locale reader = UI.getCurrent().getLocale();
        ZoneId zone = BrowserTime.zone();
        return DownloadHandler.fromInputStream(event -> {
            byte[] content = markdown(incidentId, reader, zone).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(content), "review-" + reference + ".md",
                    "text/markdown; charset=UTF-8", content.length);
        });
    }
}
