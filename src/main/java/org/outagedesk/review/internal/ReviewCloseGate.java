package org.outagedesk.review.internal;

import java.util.Optional;
import org.outagedesk.incident.CloseGate;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.review.ReviewService;
import org.outagedesk.review.ReviewStatus;
import org.springframework.stereotype.Component;

/**
 * The incident module's close gate: an incident closes only when its review is final — when a
 * review is required (SEV1, SEV2) or one was started.
 */
@Component
class ReviewCloseGate implements CloseGate {

    private final ReviewRepository reviews;

    ReviewCloseGate(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public Optional<String> refusalKey(IncidentDetails incident) {
        Optional<Review> review = reviews.findByIncidentId(incident.id());
        if (review.map(found -> found.status() == ReviewStatus.FINAL).orElse(false)) {
            return Optional.empty();
        }
        if (review.isPresent()) {
            return Optional.of("review.error.close-draft");
        }
        return ReviewService.required(incident.severity()) ? Optional.of("review.error.close-needs-review")
                : Optional.empty();
    }
}
