package org.outagedesk.probe.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.outagedesk.probe.ProbeHistory;
import org.outagedesk.probe.ProbeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every enabled endpoint on its own interval: a ticker looks each second which endpoints are
 * due and starts each run on its own virtual thread, so a slow or hanging server never delays
 * the others (an endpoint still running is not started twice). Removes results past retention.
 */
@Component
class ProbeScheduler {

    private static final Logger log = LoggerFactory.getLogger(ProbeScheduler.class);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final EndpointRepository endpoints;
    private final ResultRepository results;
    private final ProbeRunner runner;
    private final ProbeProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<Long, Instant> nextRun = new ConcurrentHashMap<>();
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private ScheduledExecutorService ticker;
    private Instant nextPurge = Instant.MIN;

    private final FailingPeriods failingPeriods;

    ProbeScheduler(EndpointRepository endpoints, ResultRepository results, ProbeRunner runner,
            ProbeProperties properties, TransactionTemplate transactions, Clock clock, FailingPeriods failingPeriods) {
        this.failingPeriods = failingPeriods;
        this.endpoints = endpoints;
        this.results = results;
        this.runner = runner;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (properties.enabled() && ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("probe-ticker")
                    .factory());
            ticker.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        workers.shutdownNow();
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            for (Endpoint endpoint : endpoints.findByEnabledTrue()) {
                long id = endpoint.id();
                if (!now.isBefore(nextRun.getOrDefault(id, Instant.MIN)) && running.add(id)) {
                    nextRun.put(id, now.plusSeconds(endpoint.intervalSeconds()));
                    workers.submit(() -> run(id));
                }
            }
            if (now.isAfter(nextPurge)) {
                nextPurge = now.plus(PURGE_EVERY);
                Integer removed = transactions.execute(status -> results.deleteOlderThan(now.minus(
                        properties.retention())));
                log.debug("Removed {} probe results older than {}", removed, properties.retention());
                transactions.execute(status -> failingPeriods.purgeEndedBefore(now.minus(
                        Duration.ofDays(ProbeHistory.KEPT_DAYS))));
            }
        } catch (RuntimeException e) {
            log.warn("Probe scheduling failed this round: {}", e.toString());
        }
    }

    private void run(long endpointId) {
        try {
            runner.scheduled(endpointId);
        } catch (RuntimeException e) {
            log.warn("Probe of endpoint {} failed to run: {}", endpointId, e.toString());
        } finally {
            running.remove(endpointId);
        }
    }
}
