package org.outagedesk.incident;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An incident as the public status page shows it: public fields and public updates only.
 *
 * @param updates public updates, newest first (the resolution summary is not among them)
 * @param summary the published resolution summary, or {@code null}
 */
public record PublicIncident(long id, String reference, String title, Set<MailService> services,
        PublicStatus status, Instant eta, boolean open, Instant startedAt, Instant resolvedAt,
        List<StatusUpdate> updates, StatusUpdate summary) {}
