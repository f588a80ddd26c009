package org.outagedesk.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.live.LiveBus;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Benchmark, not a test (the name matches no test pattern, so {@code ./mvnw verify} skips it):
 * one checklist change fanned out to 50 open incident pages. Each of 50 live subscribers re-reads
 * the whole run from the database, as the incident page's checklist does; latency is measured from
 * the commit (the first after-commit listener) to each subscriber's finished re-read. Run with
 * <pre>./mvnw -q test -Dtest=RunbookPropagationBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Results go to standard output and {@code target/runbook-benchmark.txt}.
 */
@ReportSpringTest
@Import(RunbookPropagationBenchmark.CommitClock.class)
class RunbookPropagationBenchmark {

    static final int SUBSCRIBERS = 50;
    static final int CHANGES = 40;
    static final int WARM_UP = 10;

    @Autowired IncidentService incidents;
    @Autowired RunbookService runbooks;
    @Autowired AccountService accounts;
    @Autowired LiveBus bus;
    @Autowired CommitClock commits;

    /** Notes the moment a checklist change is committed. */
    @TestConfiguration
    static class CommitClock {
        final AtomicLong committedAt = new AtomicLong();

        @TransactionalEventListener
        @Order(Ordered.HIGHEST_PRECEDENCE)
        void on(RunbookChanged changed) {
            committedAt.set(System.nanoTime());
        }
    }

    @Test
    void oneChangeReachesFiftyOpenIncidentPages() throws Exception {
        SecurityContext ivan = signIn();
        IncidentDetails incident = incidents.open(new NewIncident("Benchmark outage", null,
                EnumSet.of(MailService.IMAP_POP), Scope.ALL_USERS, Severity.SEV1, List.of()));
        long itemId = runbooks.run(incident.id()).orElseThrow().items().getFirst().id();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicReference<CountDownLatch> refreshed = new AtomicReference<>(new CountDownLatch(SUBSCRIBERS));
        List<LiveBus.Subscription> pages = new ArrayList<>();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            pages.add(bus.subscribe(RunbookTopics.run(incident.id()), payload -> {
                SecurityContextHolder.setContext(ivan);
                try {
                    RunbookRun run = runbooks.run(incident.id()).orElseThrow();
                    assertThat(run.items()).isNotEmpty();
                    latencies.add(System.nanoTime() - commits.committedAt.get());
                } finally {
                    SecurityContextHolder.clearContext();
                    refreshed.get().countDown();
                }
            }));
        }
        List<Long> measured = new ArrayList<>();
        for (int change = 0; change < WARM_UP + CHANGES; change++) {
            latencies.clear();
            refreshed.set(new CountDownLatch(SUBSCRIBERS));
            RunbookItem item = runbooks.run(incident.id()).orElseThrow().item(itemId);
            if (item.state() == ItemState.OPEN) {
                runbooks.markDone(itemId, item.version());
            } else {
                runbooks.reopen(itemId, item.version());
            }
            assertThat(refreshed.get().await(30, TimeUnit.SECONDS)).isTrue();
            if (change >= WARM_UP) {
                measured.addAll(latencies);
            }
        }
        pages.forEach(LiveBus.Subscription::close);
        SignedIn.out();

        Collections.sort(measured);
        String result = String.format(java.util.Locale.ROOT,
                "subscribers=%d changes=%d samples=%d cores=%d median=%.1f ms p95=%.1f ms max=%.1f ms%n",
                SUBSCRIBERS, CHANGES, measured.size(), Runtime.getRuntime().availableProcessors(),
                millis(measured, 0.50), millis(measured, 0.95), measured.getLast() / 1e6);
        System.out.print(result);
        Files.writeString(Path.of("target", "runbook-benchmark.txt"), result);
    }

    private SecurityContext signIn() {
        SignedIn.as(accounts, "it@demo.local");
        return SecurityContextHolder.getContext();
    }

    private static double millis(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1e6;
    }
}
