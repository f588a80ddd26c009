package org.outagedesk.report;

/** What end users see of an outage changed; re-read it with {@link KnownOutages#byIds}. */
public record KnownOutageChanged(long incidentId) {}
