package org.outagedesk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The alert rate limit counts on the address the connection really came from: a monitor cannot
 * get a fresh bucket by changing {@code X-Forwarded-For}, unless it is a configured proxy (the
 * test configuration names 127.0.0.2).
 */
class AlertClientAddressIT extends AlertApiTest {

    private static final String PATH = "/api/v1/alerts/alertmanager";

    @Test
    void aSpoofedForwardedForDoesNotOpenAFreshRateLimitBucket() {
        assertThat(exhaust("127.0.0.6", "10.9.9.9")).as("the bucket runs out").isEqualTo(429);
        // The bucket refills a token a second, so on a busy machine one of these may pass; a fresh
        // bucket (60 tokens) would refuse none of the ten.
        long refused = IntStream.range(0, 10)
                .map(i -> postFrom("127.0.0.6", "10.9.9." + (10 + i), TOKEN, "{}").statusCode())
                .filter(status -> status == 429).count();
        assertThat(refused).as("requests with other X-Forwarded-For values from the same client refused")
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void behindAConfiguredProxyEachForwardedClientHasItsOwnBucket() {
        assertThat(exhaust("127.0.0.2", "10.9.8.1")).isEqualTo(429);
        assertThat(postFrom("127.0.0.2", "10.9.8.2", TOKEN, "{}").statusCode())
                .as("another client behind the proxy").isEqualTo(400);
    }

    private int exhaust(String from, String forwardedFor) {
        int status = 0;
        for (int i = 0; i < 500 && status != 429; i++) {
            status = postFrom(from, forwardedFor, TOKEN, "{}").statusCode();
        }
        return status;
    }
}
