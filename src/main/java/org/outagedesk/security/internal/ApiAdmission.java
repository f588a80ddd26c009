package org.outagedesk.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.outagedesk.base.ApiError;
import org.outagedesk.security.ApiAdmissionProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Works on at most {@code outagedesk.api.concurrent-requests} API requests at once and lets the
 * others wait their turn in arrival order. In a storm (every employee's mail client and script
 * posting at once) this keeps the wait fair: without it, every request races for a database
 * connection and a few lose again and again. A request still waiting after
 * {@code outagedesk.api.queue-wait} is answered 503 with {@code Retry-After}, having changed
 * nothing.
 */
class ApiAdmission extends OncePerRequestFilter {

    private final Semaphore turns;
    private final long queueWaitNanos;

    ApiAdmission(ApiAdmissionProperties properties) {
        this.turns = new Semaphore(properties.effectiveConcurrentRequests(), true);
        this.queueWaitNanos = properties.queueWait().toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!awaitTurn()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            ApiError.write(response, HttpStatus.SERVICE_UNAVAILABLE, "busy",
                    "Too many requests are waiting right now; nothing was changed. Try again in a few seconds.",
                    SecurityConfiguration.REALM);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    /** Requests waiting for their turn now (the gauge {@code outagedesk.api.requests.waiting}). */
    int waiting() {
        return turns.getQueueLength();
    }

    private boolean awaitTurn() {
        try {
            return turns.tryAcquire(queueWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
