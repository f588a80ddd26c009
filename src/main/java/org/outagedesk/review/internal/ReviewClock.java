package org.outagedesk.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Now, and today's date in the reviews' time zone (due dates are dates there). */
@Component
@EnableConfigurationProperties(ReviewProperties.class)
class ReviewClock {

    private final Clock clock;
    private final ReviewProperties properties;

    ReviewClock(Clock clock, ReviewProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zone());
    }
}
