package org.outagedesk.review.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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

    String markdown(long incidentId) {
        var review = reviews.forIncident(incidentId).orElseThrow();
        var incident = incidents.find(incidentId).orElseThrow();
        return markdown.render(review, MeasuredTimes.of(incident.milestones()), BrowserTime.zone());
    }

    DownloadHandler download(long incidentId, String reference) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] content = markdown(incidentId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(content), "review-" + reference + ".md",
                    "text/markdown; charset=UTF-8", content.length);
        });
    }
}
