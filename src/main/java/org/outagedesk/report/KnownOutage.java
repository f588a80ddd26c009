package org.outagedesk.report;

import java.time.Instant;

/**
 * An open (or recently resolved) incident as end users may see it: what the report form
 * offers for deflection and what "my reports" shows beside a linked report.
 *
 * @param incidentId the incident's id
 * @param reference short human reference, e.g. {@code INC-42}
 * @param title public title
 * @param publicStatus investigating, identified, monitoring or resolved (lower case)
 * @param eta estimated resolution, or {@code null}
 * @param latestPublicUpdate the latest public update's text, or {@code null}
 * @param latestUpdateAt when it was posted, or {@code null}
 * @param open whether the incident is still open
 * @param latestUpdateStatus the public status the latest update announced (lower case), or {@code null}
 * @param resolution the published resolution summary, or {@code null} while there is none
 */
public record KnownOutage(long incidentId, String reference, String title, String publicStatus, Instant eta,
        String latestPublicUpdate, Instant latestUpdateAt, boolean open, String latestUpdateStatus,
        Resolution resolution) {

    /** An outage whose latest update's status is not known and that has no resolution summary. */
    public KnownOutage(long incidentId, String reference, String title, String publicStatus, Instant eta,
            String latestPublicUpdate, Instant latestUpdateAt, boolean open) {
        this(incidentId, reference, title, publicStatus, eta, latestPublicUpdate, latestUpdateAt, open, null, null);
    }

    /**
     * What IT published once the outage was resolved, as written.
     *
     * @param summary what happened and for how long
     * @param cause what caused it
     * @param prevention what was done so it does not happen again
     */
    public record Resolution(String summary, String cause, String prevention) {}
}
