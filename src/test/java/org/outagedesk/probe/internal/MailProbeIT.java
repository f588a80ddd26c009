package org.outagedesk.probe.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outagedesk.probe.MailProtocol;
import org.outagedesk.probe.ProbeError;
import org.outagedesk.probe.ProbeStep;
import org.outagedesk.probe.TlsMode;

/**
 * The probes against real mail servers: GreenMail speaking SMTP, IMAP and POP3, plain and with
 * implicit TLS (its own self-signed certificate), and servers that refuse, stay silent, greet
 * wrongly or present an expired certificate. Each failure must be reported with its own kind.
 */
class MailProbeIT {

    private static final String HOST = "127.0.0.1";
    private static final String USER = "probe@test.local";
    private static final String PASSWORD = "s3cret";

    private static GreenMail greenMail;
    private final FakeMailServers fakes = new FakeMailServers();
    private final MailProber prober = new MailProber(Duration.ofSeconds(2), Duration.ofSeconds(2), Clock.systemUTC());

    @BeforeAll
    static void startGreenMail() {
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.ALL));
        greenMail.start();
        greenMail.setUser(USER, USER, PASSWORD);
    }

    @AfterAll
    static void stopGreenMail() {
        greenMail.stop();
    }

    @AfterEach
    void closeFakes() throws Exception {
        fakes.close();
    }

    @Test
    void plainSmtpImapAndPop3AnswerAndAcceptTheLogin() {
        for (ProbeTarget target : new ProbeTarget[] {
            target(MailProtocol.SMTP, greenMail.getSmtp().getPort(), TlsMode.NONE, PASSWORD),
            target(MailProtocol.IMAP, greenMail.getImap().getPort(), TlsMode.NONE, PASSWORD),
            target(MailProtocol.POP3, greenMail.getPop3().getPort(), TlsMode.NONE, PASSWORD)}) {
            ProbeOutcome outcome = prober.probe(target);
            assertThat(outcome.success()).as(target + ": " + outcome.message()).isTrue();
            assertThat(outcome.steps()).extracting(ProbeStep::name).containsExactly("connect", "greeting", "login");
            assertThat(outcome.steps()).allMatch(ProbeStep::ok).allMatch(step -> step.millis() >= 0);
            assertThat(outcome.certificateDaysLeft()).isNull();
        }
    }

    @Test
    void implicitTlsWithASelfSignedCertificateReportsItsDaysLeft() {
        for (ProbeTarget target : new ProbeTarget[] {
            target(MailProtocol.SMTP, greenMail.getSmtps().getPort(), TlsMode.IMPLICIT, PASSWORD),
            target(MailProtocol.IMAP, greenMail.getImaps().getPort(), TlsMode.IMPLICIT, PASSWORD),
            target(MailProtocol.POP3, greenMail.getPop3s().getPort(), TlsMode.IMPLICIT, PASSWORD)}) {
            ProbeOutcome outcome = prober.probe(target);
            assertThat(outcome.success()).as(target + ": " + outcome.message()).isTrue();
            assertThat(outcome.steps()).extracting(ProbeStep::name).containsExactly("connect", "tls", "greeting",
                    "login");
            assertThat(outcome.certificateDaysLeft()).isPositive();
        }
    }

    @Test
    void wrongPasswordsAreReportedAsRefusedLogins() {
        for (ProbeTarget target : new ProbeTarget[] {
            target(MailProtocol.SMTP, greenMail.getSmtp().getPort(), TlsMode.NONE, "wrong"),
            target(MailProtocol.IMAP, greenMail.getImap().getPort(), TlsMode.NONE, "wrong"),
            target(MailProtocol.POP3, greenMail.getPop3().getPort(), TlsMode.NONE, "wrong"),
            target(MailProtocol.IMAP, greenMail.getImaps().getPort(), TlsMode.IMPLICIT, "wrong")}) {
            ProbeOutcome outcome = prober.probe(target);
            assertThat(outcome.success()).as(target.toString()).isFalse();
            assertThat(outcome.error()).as(target + ": " + outcome.message()).isEqualTo(ProbeError.AUTH_FAILED);
            assertThat(outcome.message()).contains(USER);
        }
    }

    @Test
    void aClosedPortIsAConnectionRefused() throws Exception {
        ProbeOutcome outcome = prober.probe(noLogin(MailProtocol.SMTP, FakeMailServers.closedPort(), TlsMode.NONE));
        assertThat(outcome.error()).isEqualTo(ProbeError.REFUSED);
        assertThat(outcome.steps()).singleElement().satisfies(step -> {
            assertThat(step.name()).isEqualTo("connect");
            assertThat(step.ok()).isFalse();
        });
    }

    @Test
    void aServerThatNeverSpeaksIsATimeoutAtTheGreeting() throws Exception {
        ProbeOutcome outcome = prober.probe(noLogin(MailProtocol.IMAP, fakes.silent(), TlsMode.NONE));
        assertThat(outcome.error()).isEqualTo(ProbeError.TIMEOUT);
        assertThat(outcome.steps().getLast().name()).isEqualTo("greeting");
        assertThat(outcome.totalMillis()).isGreaterThanOrEqualTo(1900);
    }

    @Test
    void somethingElseThanAMailServerIsABadGreeting() throws Exception {
        ProbeOutcome outcome = prober.probe(noLogin(MailProtocol.SMTP, fakes.greeting("HTTP/1.1 400 Bad Request"),
                TlsMode.NONE));
        assertThat(outcome.error()).isEqualTo(ProbeError.BAD_GREETING);
        assertThat(outcome.message()).contains("HTTP/1.1 400");
    }

    @Test
    void anExpiredCertificateFailsWithItsOwnReason(@TempDir Path work) throws Exception {
        ProbeOutcome outcome = prober.probe(noLogin(MailProtocol.SMTP, fakes.expiredSmtps(work), TlsMode.IMPLICIT));
        assertThat(outcome.error()).as(outcome.message()).isEqualTo(ProbeError.CERTIFICATE_EXPIRED);
        assertThat(outcome.message()).contains("expired.test").contains("notAfter=");
        assertThat(outcome.certificateDaysLeft()).isNegative();
    }

    @Test
    void aLoginWithoutPasswordIsReportedAsMissingCredentials() {
        ProbeOutcome outcome = prober.probe(target(MailProtocol.IMAP, greenMail.getImap().getPort(), TlsMode.NONE,
                null));
        assertThat(outcome.error()).isEqualTo(ProbeError.CREDENTIALS_MISSING);
    }

    @Test
    void aRoundTripMeasuresTheDeliveryDelayAndDeletesTheTestMessage() throws Exception {
        RoundTripProber roundTrips = new RoundTripProber(Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(20));
        ProbeOutcome outcome = roundTrips.roundTrip(
                target(MailProtocol.SMTP, greenMail.getSmtp().getPort(), TlsMode.NONE, PASSWORD),
                target(MailProtocol.IMAP, greenMail.getImap().getPort(), TlsMode.NONE, PASSWORD), USER);

        assertThat(outcome.success()).as(outcome.message()).isTrue();
        assertThat(outcome.steps()).extracting(ProbeStep::name).containsExactly("send", "receive");
        assertThat(outcome.steps().getLast().detail()).matches("delivered after \\d+ ms");
        assertThat(greenMail.getManagers().getImapHostManager().getInbox(greenMail.getUserManager().getUser(USER))
                .getMessageCount()).as("the test message is deleted after it arrived").isZero();
    }

    @Test
    void aMessageThatNeverArrivesIsReportedAsNotDelivered() {
        RoundTripProber roundTrips = new RoundTripProber(Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(2));
        ProbeOutcome outcome = roundTrips.roundTrip(
                target(MailProtocol.SMTP, greenMail.getSmtp().getPort(), TlsMode.NONE, PASSWORD),
                target(MailProtocol.IMAP, greenMail.getImap().getPort(), TlsMode.NONE, PASSWORD),
                "somebody-else@test.local");
        assertThat(outcome.error()).isEqualTo(ProbeError.NOT_DELIVERED);
        assertThat(outcome.steps().getFirst().ok()).isTrue();
    }

    @Test
    void aRoundTripToAStoppedServerIsRefusedAtSending() throws Exception {
        RoundTripProber roundTrips = new RoundTripProber(Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(2));
        int closed = FakeMailServers.closedPort();
        ProbeOutcome outcome = roundTrips.roundTrip(noLogin(MailProtocol.SMTP, closed, TlsMode.NONE),
                target(MailProtocol.IMAP, greenMail.getImap().getPort(), TlsMode.NONE, PASSWORD), USER);
        assertThat(outcome.error()).isEqualTo(ProbeError.REFUSED);
        assertThat(outcome.steps()).extracting(ProbeStep::name).containsExactly("send");
    }

    /** A target that logs in as the test user with this password ({@code null}: none known). */
    private static ProbeTarget target(MailProtocol protocol, int port, TlsMode tls, String password) {
        return new ProbeTarget(protocol, HOST, port, tls, USER, password);
    }

    private static ProbeTarget noLogin(MailProtocol protocol, int port, TlsMode tls) {
        return new ProbeTarget(protocol, HOST, port, tls, null, null);
    }
}
