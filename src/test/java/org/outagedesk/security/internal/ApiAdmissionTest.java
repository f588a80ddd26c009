package org.outagedesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.outagedesk.security.ApiAdmissionProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiAdmissionTest {

    @Test
    void aRequestThatWaitsTooLongIsAnswered503AndNeverRuns() throws Exception {
        ApiAdmission admission = new ApiAdmission(new ApiAdmissionProperties(1, Duration.ofMillis(100)));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> run(admission, (request, response) -> {
            inside.countDown();
            await(release);
        }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        List<String> ran = new CopyOnWriteArrayList<>();
        MockHttpServletResponse refused = run(admission, (request, response) -> ran.add("second"));

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
        assertThat(refused.getContentAsString()).contains("\"error\":\"busy\"").contains("nothing was changed");
        assertThat(ran).isEmpty();

        release.countDown();
        first.join();
        MockHttpServletResponse later = run(admission, (request, response) -> ran.add("third"));
        assertThat(later.getStatus()).isEqualTo(200);
        assertThat(ran).containsExactly("third");
    }

    @Test
    void waitingRequestsTakeTheirTurnInArrivalOrder() throws Exception {
        ApiAdmission admission = new ApiAdmission(new ApiAdmissionProperties(1, Duration.ofSeconds(10)));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofVirtual().start(() -> run(admission, (request, response) -> {
            inside.countDown();
            await(release);
        }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        List<Integer> order = new CopyOnWriteArrayList<>();
        Thread[] queued = new Thread[5];
        for (int i = 0; i < queued.length; i++) {
            int arrival = i;
            queued[i] = Thread.ofVirtual().start(() -> run(admission, (request, response) -> order.add(arrival)));
            waitUntil(() -> admission.waiting() == arrival + 1);
        }
        release.countDown();
        for (Thread thread : queued) {
            thread.join(5000);
        }
        holder.join(5000);

        assertThat(order).containsExactly(0, 1, 2, 3, 4);
        assertThat(admission.waiting()).isZero();
    }

    @Test
    void zeroMeansThreeTurnsPerProcessorCore() {
        assertThat(new ApiAdmissionProperties(0, Duration.ofSeconds(10)).effectiveConcurrentRequests())
                .isEqualTo(3 * Runtime.getRuntime().availableProcessors());
        assertThat(new ApiAdmissionProperties(7, Duration.ofSeconds(10)).effectiveConcurrentRequests()).isEqualTo(7);
    }

    private static MockHttpServletResponse run(ApiAdmission admission, FilterChain chain) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/reports");
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            admission.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5))
                .until(condition::getAsBoolean);
    }
}
