package org.outagedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagedesk.cluster.TwoNodes.on;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.ClusterLease;
import org.outagedesk.base.ClusterNode;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentPhaseChanged;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentTopics;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.Presence;
import org.outagedesk.testsupport.RequiredServices;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two nodes on one MariaDB: a change on A reaches B within a second; an outbox drained by both sends each message once. */
class TwoNodeClusterIT {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static TwoNodes nodes;

    @BeforeAll
    static void startTwoNodes() {
        RequiredServices.mariaDb();
        nodes = new TwoNodes();
    }

    @AfterAll
    static void stopThem() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void anIncidentChangeOnAReachesBsSubscribersWithinASecond() throws Exception {
        IncidentDetails incident = openOnA("Cluster live test");
        BlockingQueue<Object> onB = new LinkedBlockingQueue<>();
        try (LiveBus.Subscription ignored = on(nodes.b, LiveBus.class)
                .subscribe(IncidentTopics.incident(incident.id()), onB::add)) {
            asItOnA(() -> on(nodes.a, IncidentService.class).change(incident.id(), incident.version(),
                    new IncidentEdit.ChangePhase(Phase.COMMUNICATION)));
            assertThat(awaitWithin(WITHIN, () -> onB.stream().anyMatch(event ->
                    event instanceof IncidentPhaseChanged changed && changed.incidentId() == incident.id()
                            && changed.to() == Phase.COMMUNICATION)))
                    .as("B's subscriber heard the phase change within 1 s; it heard %s", onB).isTrue();
        }
    }

    @Test
    void presenceOnAIsSeenOnB() throws Exception {
        String place = "incident:cluster-presence";
        Presence.Viewer ivan = new Presence.Viewer(3, "Iván Torres");
        BlockingQueue<Presence.Changed> onB = new LinkedBlockingQueue<>();
        try (LiveBus.Subscription ignored = on(nodes.b, LiveBus.class).subscribe(Presence.topic(place),
                payload -> onB.add((Presence.Changed) payload))) {
            LiveBus.Subscription here = on(nodes.a, Presence.class).enter(place, ivan);
            assertThat(onB.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS).viewers()).containsExactly(ivan);
            assertThat(on(nodes.b, Presence.class).viewers(place)).containsExactly(ivan);

            here.close();
            assertThat(onB.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS).viewers()).isEmpty();
            assertThat(on(nodes.b, Presence.class).viewers(place)).isEmpty();
        }
    }

    @Test
    void theStatusPageOfBShowsAChangeMadeOnAWithinASecond() throws Exception {
        IncidentDetails incident = openOnA("Cluster status test");
        String title = "Mail delayed for some people " + System.nanoTime();

        asItOnA(() -> on(nodes.a, IncidentService.class).change(incident.id(), incident.version(),
                new IncidentEdit.ChangePublicTitle(title)));
        Instant committed = Instant.now();

        URI status = URI.create("http://localhost:" + TwoNodes.httpPort(nodes.b) + "/api/v1/status");
        try (HttpClient http = HttpClient.newHttpClient()) {
            assertThat(awaitWithin(WITHIN, () -> get(http, status).contains(title)))
                    .as("B's /api/v1/status shows the new title within 1 s (waited %s)",
                            Duration.between(committed, Instant.now()))
                    .isTrue();
        }
    }

    @Test
    void fiveHundredQueuedMailsAreSentOnceEachByBothNodes() throws Exception {
        JdbcTemplate jdbc = on(nodes.a, JdbcTemplate.class);
        queueMails(jdbc, 500);

        assertThat(awaitWithin(Duration.ofMinutes(3), () -> jdbc.queryForObject(
                "select count(*) from outbox_message where dedupe_key like 'cluster-it-%' and status = 'SENT'",
                Integer.class) == 500)).as("all 500 sent").isTrue();

        List<String> messageIds = new ArrayList<>();
        for (MimeMessage mail : nodes.smtp.getReceivedMessages()) {
            if (mail.getSubject().startsWith("Cluster test ")) {
                messageIds.add(mail.getMessageID());
            }
        }
        assertThat(messageIds).hasSize(500).doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("select distinct claimed_by from outbox_message where dedupe_key like 'cluster-it-%'",
                String.class)).containsExactlyInAnyOrder(on(nodes.a, ClusterNode.class).name(),
                        on(nodes.b, ClusterNode.class).name());
    }

    @Test
    void aLeaseWantedByBothNodesAtOnceRunsTheJobOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Boolean>> both = new ArrayList<>();
        for (ClusterLease lease : List.of(nodes.a.getBean(ClusterLease.class), nodes.b.getBean(ClusterLease.class))) {
            both.add(() -> {
                go.await();
                return lease.runIfLeader("two-node-test", Duration.ofMinutes(5), runs::incrementAndGet);
            });
        }
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<Boolean>> answers = both.stream().map(threads::submit).toList();
            go.countDown();
            assertThat(List.of(answers.get(0).get(), answers.get(1).get())).containsExactlyInAnyOrder(true, false);
        }
        assertThat(runs).hasValue(1);
    }

    private static void queueMails(JdbcTemplate jdbc, int count) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"cluster-it-" + i, "cluster-" + i + "@demo.local", "Cluster test " + i, now, now});
        }
        jdbc.batchUpdate("""
                insert into outbox_message (dedupe_key, recipient, channel, language, subject, body_text, status,
                    attempts, next_attempt_at, created_at, version)
                values (?, ?, 'EMAIL', 'en', ?, 'One of five hundred.', 'PENDING', 0, ?, ?, 0)""", rows);
    }

    private static IncidentDetails openOnA(String title) {
        return asItOnA(() -> on(nodes.a, IncidentService.class).open(new NewIncident(title, null,
                EnumSet.of(MailService.OUTBOUND_SMTP), Scope.GROUP, Severity.SEV2, List.of())));
    }

    private static <T> T asItOnA(java.util.function.Supplier<T> action) {
        return SignedIn.as(on(nodes.a, AccountService.class), "it@demo.local", action);
    }

    private static String get(HttpClient http, URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static boolean awaitWithin(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(25);
        }
        return condition.getAsBoolean();
    }
}
