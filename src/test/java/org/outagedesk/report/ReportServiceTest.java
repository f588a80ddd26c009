package org.outagedesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.live.LiveBus;
import org.outagedesk.security.OutageDeskUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ReportSpringTest
class ReportServiceTest {

    @Autowired ReportService reports;
    @Autowired AccountService accounts;
    @Autowired FakeKnownOutages outages;
    @Autowired LiveBus bus;

    @BeforeEach
    void reset() {
        outages.clear();
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    static NewReport cannotSend() {
        return new NewReport(Symptom.CANNOT_SEND, MailClient.DESKTOP_CLIENT, null, "550 5.7.1 Relaying denied",
                null, null, null, null);
    }

    @Test
    void aReportKeepsWhoReportedItFromWhereAndStartsAsReceived() {
        OutageDeskUser user = SignedIn.as(accounts, "user@demo.local");
        ReportSummary report = reports.submit(cannotSend(), UUID.randomUUID().toString());

        assertThat(report.reporterId()).isEqualTo(user.accountId());
        assertThat(report.reporterEmail()).isEqualTo("user@demo.local");
        assertThat(report.reporterName()).isNotBlank();
        assertThat(report.status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(report.errorText()).isEqualTo("550 5.7.1 Relaying denied");
        assertThat(report.startedAt()).isNotNull();
        assertThat(reports.myReports()).first().extracting(ReportSummary::id).isEqualTo(report.id());
    }

    @Test
    void theSameKeyFromTheSamePersonStoresOneReport() {
        SignedIn.as(accounts, "user@demo.local");
        String key = UUID.randomUUID().toString();
        long first = reports.submit(cannotSend(), key).id();
        assertThat(reports.submit(cannotSend(), key).id()).isEqualTo(first);
        assertThat(reports.submit(cannotSend(), UUID.randomUUID().toString()).id()).isNotEqualTo(first);

        SignedIn.as(accounts, "user2@demo.local");
        assertThat(reports.submit(cannotSend(), key).id()).isNotEqualTo(first);
    }

    @Test
    void racingSubmitsWithOneKeyStoreOneReport() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Callable<Long>> submits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            submits.add(() -> {
                SignedIn.as(accounts, "user2@demo.local");
                try {
                    return reports.submit(cannotSend(), key).id();
                } finally {
                    SignedIn.out();
                }
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Long> ids = new ArrayList<>();
            for (Future<Long> id : pool.invokeAll(submits)) {
                ids.add(id.get());
            }
            assertThat(ids).containsOnly(ids.getFirst());
        }
    }

    @Test
    void nobodyButTheOwnerAndItStaffSeesAReport() {
        SignedIn.as(accounts, "user@demo.local");
        ReportSummary mine = reports.submit(cannotSend(), null);

        SignedIn.as(accounts, "user2@demo.local");
        assertThat(reports.find(mine.id())).isEmpty();
        assertThat(reports.screenshot(mine.id())).isEmpty();
        assertThat(reports.myReports()).extracting(ReportSummary::id).doesNotContain(mine.id());
        assertThatThrownBy(() -> reports.unlinked(ReportFilter.any())).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(accounts, "it@demo.local");
        assertThat(reports.find(mine.id())).isPresent();
    }

    @Test
    void triageLinksDeclinesAndResolvesAndTheReporterHearsOfIt() throws Exception {
        OutageDeskUser user = SignedIn.as(accounts, "user@demo.local");
        ReportSummary first = reports.submit(cannotSend(), null);
        ReportSummary second = reports.submit(cannotSend(), null);
        ReportSummary third = reports.submit(cannotSend(), null);
        BlockingQueue<Object> heard = new LinkedBlockingQueue<>();

        try (LiveBus.Subscription subscription = bus.subscribe(ReportTopics.reporter(user.accountId()), heard::add)) {
            SignedIn.as(accounts, "it@demo.local");
            assertThat(reports.unlinked(new ReportFilter(Symptom.CANNOT_SEND, null, null, null, null)))
                    .extracting(ReportSummary::id).contains(first.id(), second.id());
            reports.link(List.of(first.id()), 9001L);
            reports.markDuplicate(second.id(), first.id());
            reports.decline(third.id(), "A printer problem, not mail.");
            assertThat(reports.reporterIds(9001L)).containsExactly(user.accountId());
            reports.resolveAll(9001L);

            assertThat(reports.find(first.id()).orElseThrow().status()).isEqualTo(ReportStatus.RESOLVED);
            assertThat(reports.find(second.id()).orElseThrow().status()).isEqualTo(ReportStatus.RESOLVED);
            ReportSummary declined = reports.find(third.id()).orElseThrow();
            assertThat(declined.status()).isEqualTo(ReportStatus.DECLINED);
            assertThat(declined.declineReason()).isEqualTo("A printer problem, not mail.");
            assertThat(reports.unlinked(ReportFilter.any())).extracting(ReportSummary::id)
                    .doesNotContain(first.id(), second.id(), third.id());
            assertThatThrownBy(() -> reports.link(List.of(first.id()), 9002L)).isInstanceOf(ReportException.class);

            ReportStatusChanged linked = (ReportStatusChanged) heard.poll(5, TimeUnit.SECONDS);
            assertThat(linked).isEqualTo(new ReportStatusChanged(first.id(), user.accountId(), ReportStatus.LINKED, 9001L));
        }
    }

    @Test
    void mergingMovesEveryReportToTheSurvivor() {
        SignedIn.as(accounts, "user@demo.local");
        ReportSummary report = reports.submit(cannotSend(), null);
        SignedIn.as(accounts, "it@demo.local");
        reports.link(List.of(report.id()), 7001L);
        reports.moveAll(7001L, 7002L);
        assertThat(reports.linkedTo(7001L)).isEmpty();
        assertThat(reports.linkedTo(7002L)).extracting(ReportSummary::id).containsExactly(report.id());
    }

    @Test
    void joiningAKnownOutageIsOneClickAndHappensOncePerPerson() {
        outages.add(FakeKnownOutages.openOutage(4242L, "Outgoing mail is down"));
        SignedIn.as(accounts, "user@demo.local");

        ReportSummary joined = reports.joinIncident(4242L, Symptom.CANNOT_SEND, MailClient.WEBMAIL);
        assertThat(joined.status()).isEqualTo(ReportStatus.LINKED);
        assertThat(joined.incidentId()).isEqualTo(4242L);
        assertThat(joined.joinedIncident()).isTrue();
        assertThat(reports.joinIncident(4242L, Symptom.CANNOT_SEND, MailClient.WEBMAIL).id()).isEqualTo(joined.id());

        assertThatThrownBy(() -> reports.joinIncident(4243L, Symptom.CANNOT_SEND, MailClient.WEBMAIL))
                .isInstanceOf(ReportException.class)
                .extracting(e -> ((ReportException) e).messageKey()).isEqualTo("report.error.incident-not-open");
    }

    @Test
    void aScreenshotIsStoredWithTheTypeFoundInItsBytes() {
        SignedIn.as(accounts, "user@demo.local");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        ReportSummary report = reports.submit(new NewReport(Symptom.LOGIN, MailClient.MOBILE, null, null,
                java.time.Instant.now().minus(Duration.ofHours(1)), null, png, "x.txt"), null);
        assertThat(report.hasScreenshot()).isTrue();
        assertThat(reports.screenshot(report.id())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(png));
    }

    @Test
    void signedOutCallsAreRefused() {
        assertThatThrownBy(() -> reports.myReports()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
