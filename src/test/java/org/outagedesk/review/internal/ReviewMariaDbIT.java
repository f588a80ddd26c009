package org.outagedesk.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.Severity;
import org.outagedesk.report.SignedIn;
import org.outagedesk.review.ActionItem;
import org.outagedesk.review.ActionItemDraft;
import org.outagedesk.review.ActionItemFilter;
import org.outagedesk.review.ActionItemPriority;
import org.outagedesk.review.ActionItemService;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.review.ReviewFixture;
import org.outagedesk.review.ReviewService;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.RequiredServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The action-item queries (mine, overdue, team) on MariaDB, and reminders reaching the owner's inbox. */
class ReviewMariaDbIT extends LiveApplicationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired IncidentService incidents;
    @Autowired ReviewService reviews;
    @Autowired ActionItemService actionItems;
    @Autowired ActionItemReminders reminders;
    @Autowired ReviewClock clock;

    ReviewFixture fixture;

    @BeforeEach
    void mariaDb() {
        RequiredServices.mariaDb();
        fixture = new ReviewFixture(jdbc, accounts, incidents);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void filtersFindMineOverdueAndTeamAndRemindersArriveOnceByMail() throws Exception {
        String owner = newAddress("owner");
        String team = "Team " + Long.toHexString(System.nanoTime());
        long ownerId = fixture.staff(owner, "Olga Owner", team);
        jdbc.update("update user_account set language = 'en' where id = ?", ownerId);
        IncidentDetails incident = fixture.resolvedIncident("Queue stuck", Severity.SEV2, "it@demo.local");
        ReviewDetails review = reviews.start(incident.id(), "en");
        LocalDate today = clock.today();
        ActionItem overdue = actionItems.create(review.id(), new ActionItemDraft("Drain the queue", ownerId,
                today.minusDays(1), ActionItemPriority.HIGH, null));
        ActionItem later = actionItems.create(review.id(), new ActionItemDraft("Queue alert", ownerId,
                today.plusDays(20), ActionItemPriority.LOW, null));
        ActionItem ivans = actionItems.create(review.id(), new ActionItemDraft("Runbook step", fixture.accountId(
                "it@demo.local"), today.minusDays(5), ActionItemPriority.MEDIUM, null));

        assertThat(actionItems.list(new ActionItemFilter(false, false, team, false)))
                .extracting(ActionItem::id).containsExactly(overdue.id(), later.id());
        assertThat(actionItems.list(new ActionItemFilter(false, true, null, false))).extracting(ActionItem::id)
                .contains(overdue.id(), ivans.id()).doesNotContain(later.id());
        assertThat(actionItems.list(new ActionItemFilter(true, false, null, true))).extracting(ActionItem::id)
                .contains(ivans.id()).doesNotContain(overdue.id(), later.id());
        SignedIn.out();

        reminders.sendDue(today);
        reminders.sendDue(today);

        // Two mails told the owner of the items assigned to them; the reminder is the third.
        mailbox(owner).awaitMail(3);
        var mail = mailbox(owner).read().stream().filter(read -> read.subject().startsWith("Action item overdue"))
                .findFirst().orElseThrow();
        assertThat(mail.subject()).isEqualTo("Action item overdue: Drain the queue");
        assertThat(mail.text()).contains("Drain the queue", incident.reference(), "/incidents/" + incident.id()
                + "/review");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> mailbox(owner).read().size() == 3);
        assertThat(jdbc.queryForObject("select count(*) from action_item_reminder where action_item_id = ?",
                Integer.class, overdue.id())).isEqualTo(1);
    }
}
