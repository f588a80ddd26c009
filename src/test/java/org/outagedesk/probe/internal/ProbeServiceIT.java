package org.outagedesk.probe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.TriageSignal;
import org.outagedesk.incident.TriageSignals;
import org.outagedesk.probe.EndpointDraft;
import org.outagedesk.probe.MailEndpoint;
import org.outagedesk.probe.MailProtocol;
import org.outagedesk.probe.ProbeError;
import org.outagedesk.probe.ProbeService;
import org.outagedesk.probe.TlsMode;
import org.outagedesk.report.SignedIn;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.RequiredServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The probe service on MariaDB: a password is stored encrypted and never handed back, a broken
 * endpoint is probed on its schedule until triage shows its signal with scope "all users", and
 * the demo mail server is probed out of the box.
 */
class ProbeServiceIT extends LiveApplicationTest {

    @Autowired ProbeService probes;
    @Autowired TriageSignals signals;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aBrokenEndpointIsProbedOnScheduleUntilTriageShowsItsSignal() throws Exception {
        RequiredServices.mariaDb();
        SignedIn.as(accounts, "admin@demo.local");
        int closed = FakeMailServers.closedPort();
        MailEndpoint endpoint = probes.add(new EndpointDraft("Broken IMAP " + closed, MailProtocol.IMAP, "127.0.0.1",
                closed, TlsMode.NONE, "probe@demo.local", "correct horse", false, null, 1, true, null, null,
                EnumSet.of(MailService.IMAP_POP)));
        try {
            assertThat(endpoint.hasStoredSecret()).isTrue();
            String stored = jdbc.queryForObject("select secret_cipher from probe_endpoint where id = ?", String.class,
                    endpoint.id());
            assertThat(stored).isNotBlank().doesNotContain("correct horse");
            assertThat(endpoint.toString()).doesNotContain("correct horse");

            SignedIn.as(accounts, "it@demo.local");
            TriageSignal signal = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> signalOf(signals.current(Locale.forLanguageTag("es")), endpoint), found -> found != null);
            assertThat(signal.failures()).isGreaterThanOrEqualTo(3);
            assertThat(signal.scope()).isEqualTo(Scope.ALL_USERS);
            assertThat(signal.services()).containsExactly(MailService.IMAP_POP);
            assertThat(signal.detail()).as("the kind in the reader's language").isEqualTo("Conexión rechazada");
            assertThat(signal.evidence()).as("what the network said, as it said it").isNotBlank();
            assertThat(probes.history(endpoint.id(), 10)).allSatisfy(result -> {
                assertThat(result.success()).isFalse();
                assertThat(result.error()).isEqualTo(ProbeError.REFUSED);
            });
        } finally {
            SignedIn.as(accounts, "admin@demo.local");
            probes.delete(endpoint.id());
        }
    }

    @Test
    void theDemoMailServerIsProbedOutOfTheBox() {
        SignedIn.as(accounts, "it@demo.local");
        assertThat(probes.endpoints()).extracting(MailEndpoint::name).contains(DemoEndpoints.SMTP_NAME,
                DemoEndpoints.IMAP_NAME);
        MailEndpoint smtp = probes.endpoints().stream().filter(e -> e.name().equals(DemoEndpoints.SMTP_NAME))
                .findFirst().orElseThrow();
        assertThat(smtp.port()).isEqualTo(mailServer.smtpPort());
        assertThat(probes.probeNow(smtp.id()).success()).isTrue();
        var trip = probes.roundTripNow(smtp.id());
        assertThat(trip.success()).as(trip.message()).isTrue();
        assertThat(trip.steps().getLast().detail()).startsWith("delivered after");
    }

    private static TriageSignal signalOf(List<TriageSignal> current, MailEndpoint endpoint) {
        return current.stream().filter(signal -> signal.key().equals("probe-" + endpoint.id() + "-check")).findFirst()
                .orElse(null);
    }
}
