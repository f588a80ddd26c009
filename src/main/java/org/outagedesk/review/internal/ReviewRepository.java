package org.outagedesk.review.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.outagedesk.review.ReviewStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findByIncidentId(long incidentId);

    List<Review> findByStatusOrderByFinalisedAtDesc(ReviewStatus status);

    /** Loads a review for a change, holding its row until commit so concurrent editors queue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Review r where r.id = :reviewId")
    Optional<Review> findForChange(long reviewId);
}
