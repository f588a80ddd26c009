package org.outagedesk.review.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<CommentEntry, Long> {

    List<CommentEntry> findByReviewIdOrderByCreatedAtAscIdAsc(long reviewId);
}
