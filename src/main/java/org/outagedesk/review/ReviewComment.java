package org.outagedesk.review;

import java.time.Instant;

/** A participant's comment on a review. */
public record ReviewComment(long id, long authorId, String authorName, String body, Instant at) {}
