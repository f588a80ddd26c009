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
 */
public record KnownOutage(long incidentId, String reference, String title, String publicStatus, Instant eta,
        String latestPublicUpdate, Instant latestUpdateAt, boolean open) {}
