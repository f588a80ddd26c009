package org.outagedesk.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the report module learns about incidents without depending on the incident module:
 * the incident module implements this. With no implementation present, no outage is known.
 */
public interface KnownOutages {

    /** Open incidents whose affected services or linked reports match the symptom and client. */
    List<KnownOutage> matching(Symptom symptom, MailClient client);

    /** The given incidents, for showing beside linked reports. */
    Map<Long, KnownOutage> byIds(Collection<Long> incidentIds);
}
