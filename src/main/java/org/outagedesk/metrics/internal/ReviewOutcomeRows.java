package org.outagedesk.metrics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.outagedesk.incident.Severity;
import org.outagedesk.metrics.IncidentFigures;
import org.outagedesk.metrics.ResponseTimes;
import org.outagedesk.metrics.ReviewOutcome;
import org.outagedesk.review.CauseCategory;

/** Maps rows of the review outcomes and per-incident queries. */
final class ReviewOutcomeRows {

    private ReviewOutcomeRows() {}

    static ReviewOutcome outcome(ResultSet row) throws SQLException {
        return new ReviewOutcome(row.getLong(1), row.getString(2), row.getString(3), Severity.valueOf(row.getString(4)),
                instant(row.getTimestamp(5)), CauseCategory.valueOf(row.getString(6)), instant(row.getTimestamp(7)),
                row.getLong(8), row.getLong(9), row.getLong(10), times(row, 11));
    }

    /** Columns: id, reference, title, severity, period, then the four response times. */
    static IncidentFigures figures(ResultSet row) throws SQLException {
        return new IncidentFigures(row.getLong(1), row.getString(2), row.getString(3),
                Severity.valueOf(row.getString(4)), instant(row.getTimestamp(5)), times(row, 6));
    }

    /** Four nullable seconds columns from {@code first} on: MTTD, MTTA, MTTM, MTTR. */
    private static ResponseTimes times(ResultSet row, int first) throws SQLException {
        return new ResponseTimes(seconds(row, first), seconds(row, first + 1), seconds(row, first + 2),
                seconds(row, first + 3));
    }

    private static Long seconds(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
