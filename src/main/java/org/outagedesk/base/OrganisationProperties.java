package org.outagedesk.base;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the whole organisation.
 *
 * @param timeZone the zone a new person's profile starts with, and the zone of mail to people
 *     whose zone is not known; when not set, a person's browser zone, and the server's for mail
 */
@ConfigurationProperties("outagedesk.organisation")
public record OrganisationProperties(ZoneId timeZone) {

    /** The zone of texts for someone whose zone is not known: the organisation's, else the server's. */
    public ZoneId zoneForUnknownReaders() {
        return timeZone != null ? timeZone : ZoneId.systemDefault();
    }
}
