package org.outagedesk.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.report.MariaDbIntegrationTest;
import org.outagedesk.report.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Many people working on one checklist item at once, against a real MariaDB: one consistent end state, no lost note. */
class RunbookMariaDbIT extends MariaDbIntegrationTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 5;

    @Autowired IncidentService incidents;
    @Autowired RunbookService runbooks;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    private RunbookRun openIncident() {
        SignedIn.as(accounts, "it@demo.local");
        IncidentDetails incident = incidents.open(new NewIncident("Mail server down", null,
                EnumSet.of(MailService.IMAP_POP), Scope.ALL_USERS, Severity.SEV1, List.of()));
        return runbooks.run(incident.id()).orElseThrow();
    }

    private RunbookItem item(long incidentId, String number) {
        return runbooks.run(incidentId).orElseThrow().items().stream().filter(i -> i.number().equals(number))
                .findFirst().orElseThrow();
    }

    private static <T> List<T> together(List<Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : work) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentTogglesAndNotesOnOneItemEndConsistentAndKeepEveryNote() throws Exception {
        RunbookRun run = openIncident();
        long incidentId = run.incidentId();
        long itemId = item(incidentId, "3.2").id();
        List<Callable<Integer>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String email = t % 2 == 0 ? "it@demo.local" : "it2@demo.local";
            int thread = t;
            work.add(() -> {
                SignedIn.as(accounts, email);
                int applied = 0;
                try {
                    for (int round = 0; round < ROUNDS; round++) {
                        runbooks.addNote(itemId, "note " + thread + "." + round);
                        RunbookItem seen = item(incidentId, "3.2");
                        try {
                            if (seen.state() == ItemState.OPEN) {
                                runbooks.markDone(itemId, seen.version());
                            } else {
                                runbooks.reopen(itemId, seen.version());
                            }
                            applied++;
                        } catch (RunbookItemChangedMeanwhile refused) {
                            // Someone else got there first: the screen would re-read, as the next round does.
                        }
                    }
                } finally {
                    SignedIn.out();
                }
                return applied;
            });
        }
        int applied = together(work).stream().mapToInt(Integer::intValue).sum();

        SignedIn.as(accounts, "it@demo.local");
        RunbookItem end = item(incidentId, "3.2");
        assertThat(end.notes()).hasSize(THREADS * ROUNDS);
        assertThat(end.notes()).extracting(ItemNote::text).doesNotHaveDuplicates();
        assertThat(applied).isPositive();
        assertThat(end.version()).isEqualTo(applied);
        assertThat(end.state()).isEqualTo(applied % 2 == 1 ? ItemState.DONE : ItemState.OPEN);
        Map<String, Object> row = jdbc.queryForMap("select state, version from runbook_run_item where id = ?", itemId);
        assertThat(row.get("state")).isEqualTo(end.state().name());
        assertThat(((Number) row.get("version")).longValue()).isEqualTo(applied);
        long steps = incidents.timeline(incidentId).stream().filter(i -> i.kind() == TimelineKind.RUNBOOK).count();
        assertThat(steps).isEqualTo(THREADS * ROUNDS + applied);
    }

    @Test
    void concurrentSignaturesGiveExactlyTwoDifferentSigners() throws Exception {
        RunbookRun run = openIncident();
        long itemId = item(run.incidentId(), "5.1").id();
        List<Callable<Boolean>> work = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            String email = t % 2 == 0 ? "it@demo.local" : "it2@demo.local";
            work.add(() -> {
                SignedIn.as(accounts, email);
                try {
                    runbooks.signOff(itemId);
                    return true;
                } catch (RunbookException refused) {
                    return false;
                } finally {
                    SignedIn.out();
                }
            });
        }
        List<Boolean> signed = together(work);

        SignedIn.as(accounts, "it@demo.local");
        RunbookItem end = item(run.incidentId(), "5.1");
        assertThat(signed.stream().filter(Boolean::booleanValue).count()).isEqualTo(2);
        assertThat(end.state()).isEqualTo(ItemState.DONE);
        assertThat(end.firstSignerId()).isNotNull().isNotEqualTo(end.secondSignerId());
        assertThat(end.secondSignerId()).isNotNull();
    }
}
