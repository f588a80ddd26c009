package org.outagedesk.incident;

import java.util.List;

/**
 * An update or resolution summary was posted; published inside the posting transaction so
 * notifications are queued in it.
 *
 * @param update what was posted
 * @param reporterIds people who reported or joined the incident
 */
public record StatusUpdatePosted(StatusUpdate update, List<Long> reporterIds) {}
