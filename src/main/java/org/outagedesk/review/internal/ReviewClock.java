package org.outagedesk.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.outagedesk.base.OrganisationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Now, and today's date in the reviews' time zone (due dates are dates there). */
@Component
@EnableConfigurationProperties(ReviewProperties.class)
class ReviewClock {

    private final Clock clock;
    private final ZoneId zone;

    ReviewClock(Clock clock, ReviewProperties properties, OrganisationProperties organisation) {
        this.clock = clock;
        this.zone = properties.zone() != null ? properties.zone() : organisation.zoneForUnknownReaders();
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
