package org.outagedesk.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many REST API requests a node works on at once, under {@code outagedesk.api.*}.
 *
 * @param concurrentRequests requests worked on at once; the rest wait in arrival order. 0 (the
 *        default) means three per processor core. Keep it at or below the database pool size
 *        ({@code spring.datasource.hikari.maximum-pool-size}, 10 by default): more only makes
 *        requests race for connections and leaves some waiting far longer than others
 *        (docs/benchmarks.md, report storm)
 * @param queueWait the longest a request waits for its turn before it is answered 503 with
 *        {@code Retry-After}
 */
@ConfigurationProperties("outagedesk.api")
public record ApiAdmissionProperties(
        @DefaultValue("0") int concurrentRequests,
        @DefaultValue("10s") Duration queueWait) {

    private static final int PER_CORE = 3;

    /** The configured number, or three per processor core. */
    public int effectiveConcurrentRequests() {
        return concurrentRequests > 0 ? concurrentRequests : PER_CORE * Runtime.getRuntime().availableProcessors();
    }
}
