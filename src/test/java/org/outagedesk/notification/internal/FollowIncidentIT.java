package org.outagedesk.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.outagedesk.base.i18n.BundleI18NProvider.SPANISH;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.ResolutionSummary;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.notification.NotificationCentre;
import org.outagedesk.notification.PortalNotification;
import org.outagedesk.notification.Subscriptions;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.SignedIn;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.Mailbox.Mail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Someone who neither reported nor joined an incident follows it and gets its public updates and summary. */
class FollowIncidentIT extends LiveApplicationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ReportService reports;
    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired Subscriptions subscriptions;
    @Autowired NotificationCentre centre;

    @Test
    void aFollowerGetsThePublicUpdateByMailAndInThePortalInTheirLanguage() {
        CommunicationsFixture fixture = new CommunicationsFixture(jdbc, accounts, reports, incidents, updates);
        String reporter = newAddress("reporter");
        String follower = newAddress("seguidora");
        String bystander = newAddress("bystander");
        fixture.person(reporter, "en", false);
        fixture.person(follower, "es", false);
        fixture.person(bystander, "en", false);
        IncidentDetails incident = fixture.incidentReportedBy("Shared mailboxes do not open", reporter);
        as(follower, () -> subscriptions.follow(incident.id()));

        StatusUpdate update = fixture.postPublic(incident.id(), "Shared mailboxes are being re-indexed.",
                Instant.now().plus(1, ChronoUnit.HOURS), "Open them in webmail.");

        Mail mail = mailbox(follower).awaitMail(1);
        assertThat(mail.subject()).isEqualTo(incident.reference() + " · Causa identificada: "
                + "Shared mailboxes do not open");
        assertThat(mail.text()).contains("Estado: Causa identificada", "Shared mailboxes are being re-indexed.",
                "Mientras tanto: Open them in webmail.");
        assertThat(mail.html()).contains("<html lang=\"es\"");
        List<PortalNotification> inPortal = as(follower, () -> centre.mine(10, SPANISH, ZoneOffset.UTC));
        assertThat(inPortal).singleElement().satisfies(notification -> {
            assertThat(notification.incidentId()).isEqualTo(incident.id());
            assertThat(notification.subject()).contains("Causa identificada");
        });
        assertThat(as(follower, () -> centre.banner(SPANISH, ZoneOffset.UTC))).isPresent();
        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.statuses(update.id(), "EMAIL").keySet(),
                keys -> keys.equals(java.util.Set.of("SENT")));
        assertThat(readQuietly(bystander)).isEmpty();

        // The resolution summary reaches the follower too; after unfollowing, nothing more does.
        fixture.asStaff(() -> incidents.resolve(incident.id(), incidents.find(incident.id()).orElseThrow().version()));
        fixture.asStaff(() -> updates.publishSummary(incident.id(), new ResolutionSummary(
                "Shared mailboxes were unavailable for an hour.", "A full index volume.",
                "The index volume is now monitored.")));
        assertThat(mailbox(follower).awaitMail(2).subject()).startsWith(incident.reference() + " · Resuelto:");

        IncidentDetails second = fixture.incidentReportedBy("Calendar invitations bounce", reporter);
        as(follower, () -> {
            subscriptions.follow(second.id());
            subscriptions.unfollow(second.id());
        });
        StatusUpdate notFollowed = fixture.postPublic(second.id(), "Invitations bounce at the gateway.", null, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.statuses(notFollowed.id(), "EMAIL").keySet(),
                keys -> keys.equals(java.util.Set.of("SENT")));
        assertThat(readQuietly(follower)).hasSize(2);
    }

    private <T> T as(String email, java.util.function.Supplier<T> action) {
        SignedIn.as(accounts, email);
        try {
            return action.get();
        } finally {
            SignedIn.out();
        }
    }

    private void as(String email, Runnable action) {
        as(email, () -> {
            action.run();
            return null;
        });
    }

    private List<Mail> readQuietly(String address) {
        try {
            return mailbox(address).read();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
