package org.outagedesk.review.internal;

import java.util.List;
import java.util.Optional;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.review.ReviewException;
import org.outagedesk.review.ReviewParticipant;
import org.outagedesk.review.ReviewStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Loads and writes reviews with their comments and action items, with the version check. */
@Component
class ReviewStore {

    private final ReviewRepository reviews;
    private final CommentRepository comments;
    private final ActionItemRepository items;

    ReviewStore(ReviewRepository reviews, CommentRepository comments, ActionItemRepository items) {
        this.reviews = reviews;
        this.comments = comments;
        this.items = items;
    }

    Optional<Review> findByIncident(long incidentId) {
        return reviews.findByIncidentId(incidentId);
    }

    List<Review> withStatus(ReviewStatus status) {
        return reviews.findByStatusOrderByFinalisedAtDesc(status);
    }

    Review load(long reviewId) {
        return reviews.findForChange(reviewId).orElseThrow(() -> new ReviewException("review.error.not-found"));
    }

    /** Loads the review if nobody changed it since the person saw {@code expectedVersion}. */
    Review load(long reviewId, long expectedVersion) {
        Review review = load(reviewId);
        if (review.version() != expectedVersion) {
            throw new ReviewException("review.error.changed-meanwhile", review.lastChangedByName());
        }
        return review;
    }

    /** Writes the review now, so the returned state carries the new version; a racing writer loses. */
    Review save(Review review) {
        try {
            return reviews.saveAndFlush(review);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ReviewException("review.error.changed-meanwhile", "?");
        }
    }

    void comment(Review review, SignedInUser author, String text, java.time.Instant now) {
        if (text == null) {
            throw new ReviewException("review.error.comment-required");
        }
        comments.save(new CommentEntry(review.id(), author.accountId(), author.displayName(), text, now));
    }

    ReviewDetails details(Review review) {
        return new ReviewDetails(review.id(), review.incidentId(), review.incidentReference(), review.incidentTitle(),
                review.severity(), review.language(), review.status(), review.answers(),
                review.participants().stream().map(p -> new ReviewParticipant(p.accountId(), p.accountName()))
                        .toList(),
                comments.findByReviewIdOrderByCreatedAtAscIdAsc(review.id()).stream().map(CommentEntry::toComment)
                        .toList(),
                items.findByReviewIdOrderByDueDateAscIdAsc(review.id()).stream()
                        .map(item -> item.toItem(review.incidentReference())).toList(),
                review.startedAt(), review.startedByName(), review.finalisedAt(), review.finalisedByName(),
                review.version());
    }
}
