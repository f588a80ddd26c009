package org.outagedesk.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.MariaDbIntegrationTest;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportStatus;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.outagedesk.report.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Linking, merging, optimistic locking and triage counting against a real MariaDB. */
class IncidentMariaDbIT extends MariaDbIntegrationTest {

    @Autowired IncidentService incidents;
    @Autowired TriageService triage;
    @Autowired ReportService reports;
    @Autowired AccountService accounts;
    @Autowired ApiTokenService apiTokens;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    ReportSummary report(String email, Symptom symptom, MailClient client) {
        return TestPeople.reportAs(accounts, reports, email, symptom, client, null, null);
    }

    IncidentDetails open(String title, List<Long> reportIds) {
        SignedIn.as(accounts, "it@demo.local");
        return incidents.open(new NewIncident(title, null, EnumSet.of(MailService.INBOUND), Scope.GROUP,
                Severity.SEV2, reportIds));
    }

    @Test
    void reportsLinkedLaterJoinTheIncidentAndTheTimeline() {
        ReportSummary first = report("user@demo.local", Symptom.CANNOT_RECEIVE, MailClient.DESKTOP_CLIENT);
        ReportSummary later = report("user2@demo.local", Symptom.CANNOT_RECEIVE, MailClient.MOBILE);
        IncidentDetails incident = open("Inbound mail stuck", List.of(first.id()));

        triage.link(List.of(later.id()), incident.id());

        assertThat(reports.find(later.id()).orElseThrow().status()).isEqualTo(ReportStatus.LINKED);
        assertThat(incidents.find(incident.id()).orElseThrow().reportCount()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from incident_timeline where incident_id = ? and kind = ?",
                Integer.class, incident.id(), "REPORTS_LINKED")).isEqualTo(2);
        assertThat(jdbc.queryForList("select client from incident_client where incident_id = ?", String.class,
                incident.id())).containsExactlyInAnyOrder("DESKTOP_CLIENT", "MOBILE");
    }

    @Test
    void mergingMovesReportsAndKeepsAPointer() {
        ReportSummary a = report("user@demo.local", Symptom.LOGIN, MailClient.WEBMAIL);
        ReportSummary b = report("user2@demo.local", Symptom.LOGIN, MailClient.DESKTOP_CLIENT);
        IncidentDetails merged = open("Webmail login loops", List.of(a.id()));
        IncidentDetails survivor = open("Login fails everywhere", List.of(b.id()));

        incidents.merge(merged.id(), merged.version(), survivor.id());

        assertThat(jdbc.queryForMap("select state, merged_into_id from incident where id = ?", merged.id()))
                .containsEntry("state", "MERGED").containsEntry("merged_into_id", survivor.id());
        assertThat(reports.linkedTo(survivor.id())).extracting(ReportSummary::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(jdbc.queryForObject("select count(*) from incident_timeline where incident_id = ? and copied_from_id = ?",
                Integer.class, survivor.id(), merged.id())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void twoSessionsEditingOneVersionOnlyOneWins() throws Exception {
        IncidentDetails seen = open("Calendar sync broken", List.of());
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> sessions = new ArrayList<>();
        for (String email : List.of("it@demo.local", "it2@demo.local", "it@demo.local", "it2@demo.local")) {
            sessions.add(() -> {
                SignedIn.as(accounts, email);
                try {
                    start.await();
                    incidents.change(seen.id(), seen.version(), new IncidentEdit.ChangeSeverity(Severity.SEV1));
                    return "saved";
                } catch (IncidentChangedMeanwhile e) {
                    return "refused";
                } finally {
                    SignedIn.out();
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(sessions.size())) {
            List<Future<String>> futures = sessions.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<String> outcome : futures) {
                outcomes.add(outcome.get());
            }
        }
        assertThat(outcomes).containsOnlyOnce("saved").contains("refused");

        SignedIn.as(accounts, "it@demo.local");
        assertThatThrownBy(() -> incidents.change(seen.id(), seen.version(), new IncidentEdit.ChangePhase(Phase.FIX)))
                .isInstanceOf(IncidentChangedMeanwhile.class);
        assertThat(incidents.find(seen.id()).orElseThrow().phase()).isEqualTo(Phase.ASSESSMENT);
    }

    @Test
    void aBurstOf200ReportsFrom50PeopleIsCountedRightByTriage() throws Exception {
        List<String> tokens = TestPeople.withTokens(jdbc, accounts, apiTokens, "triage", 50);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String token = tokens.get(i % tokens.size());
            requests.add(() -> TestPeople.postReport(port, token, UUID.randomUUID().toString(), """
                    {"symptom":"DELAYED","service":"MOBILE","errorText":"Messages arrive an hour late"}"""));
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            for (Future<Integer> status : pool.invokeAll(requests)) {
                statuses.add(status.get());
            }
        }
        assertThat(statuses).hasSize(200).containsOnly(201);

        SignedIn.as(accounts, "it@demo.local");
        TriageGroup group = triage.suggestions().stream()
                .filter(candidate -> candidate.symptom() == Symptom.DELAYED
                        && candidate.clients().contains(MailClient.MOBILE))
                .findFirst().orElseThrow();
        long activeUsers = accounts.countEnabled(org.outagedesk.account.Role.END_USER);
        assertThat(group.reportIds()).hasSize(200).doesNotHaveDuplicates();
        assertThat(group.reporters()).isEqualTo(50);
        assertThat(group.departments()).containsExactly("Dept 0", "Dept 1", "Dept 2", "Dept 3", "Dept 4");
        assertThat(group.sites()).containsExactly("Site 0", "Site 1", "Site 2");
        assertThat(group.share()).isEqualTo(50.0 / activeUsers);
        assertThat(group.scope()).isEqualTo(Scope.ALL_USERS);
        assertThat(group.severity()).isEqualTo(Severity.SEV2);
    }
}
