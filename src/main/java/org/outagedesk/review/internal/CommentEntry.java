package org.outagedesk.review.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.outagedesk.review.ReviewComment;

/** A participant's comment; comments are never edited. */
@Entity
@Table(name = "review_comment")
class CommentEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reviewId;
    private long authorId;
    private String authorName;
    private String body;
    private Instant createdAt;

    protected CommentEntry() {}

    CommentEntry(long reviewId, long authorId, String authorName, String body, Instant createdAt) {
        this.reviewId = reviewId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
    }

    ReviewComment toComment() {
        return new ReviewComment(id, authorId, authorName, body, createdAt);
    }
}
