package org.outagedesk.metrics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.outagedesk.incident.Severity;
import org.outagedesk.metrics.ReviewOutcome;
import org.outagedesk.review.CauseCategory;

/** Maps a row of the review outcomes query. */
final class ReviewOutcomeRows {

    private ReviewOutcomeRows() {}

    static ReviewOutcome outcome(ResultSet row) throws SQLException {
        return new ReviewOutcome(row.getLong(1), row.getString(2), row.getString(3), Severity.valueOf(row.getString(4)),
                instant(row.getTimestamp(5)), CauseCategory.valueOf(row.getString(6)), instant(row.getTimestamp(7)),
                row.getLong(8), row.getLong(9), row.getLong(10));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
