package org.outagedesk.incident;

import java.time.Instant;

/**
 * A posted update or resolution summary. For a summary, {@code message} is the summary and
 * {@code cause} and {@code prevention} are filled.
 */
public record StatusUpdate(long id, long incidentId, String reference, String incidentTitle, UpdateKind kind,
        UpdateAudience audience, PublicStatus status, String message, Instant eta, String workaround, String cause,
        String prevention, Instant postedAt, long postedById, String postedByName) {

    public boolean summary() {
        return kind == UpdateKind.SUMMARY;
    }
}
