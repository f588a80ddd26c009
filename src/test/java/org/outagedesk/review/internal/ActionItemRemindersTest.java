package org.outagedesk.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.Severity;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.outagedesk.review.ActionItem;
import org.outagedesk.review.ActionItemDraft;
import org.outagedesk.review.ActionItemPriority;
import org.outagedesk.review.ActionItemService;
import org.outagedesk.review.ActionItemStatus;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.review.ReviewFixture;
import org.outagedesk.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reminders before and after the due date reach the outbox once per item, kind and due date. */
@ReportSpringTest
class ActionItemRemindersTest {

    @Autowired AccountService accounts;
    @Autowired IncidentService incidents;
    @Autowired ReviewService reviews;
    @Autowired ActionItemService actionItems;
    @Autowired ActionItemReminders reminders;
    @Autowired ReviewClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private List<String> queued(ActionItem item) {
        return jdbc.queryForList("select dedupe_key from outbox_message where dedupe_key like ? order by id",
                String.class, "action-reminder:" + item.id() + ":%");
    }

    @Test
    void remindsOnceBeforeAndOnceAfterTheDueDateAndNeverForFinishedOrDistantItems() {
        ReviewFixture fixture = new ReviewFixture(jdbc, accounts, incidents);
        IncidentDetails incident = fixture.resolvedIncident("Relay down", Severity.SEV1, "it@demo.local");
        ReviewDetails review = reviews.start(incident.id(), "en");
        long priya = fixture.accountId("it2@demo.local");
        LocalDate today = clock.today();
        ActionItem soon = actionItems.create(review.id(), new ActionItemDraft("Probe port 587", priya,
                today.plusDays(2), ActionItemPriority.HIGH, null));
        ActionItem late = actionItems.create(review.id(), new ActionItemDraft("Rotate journals", priya,
                today.minusDays(1), ActionItemPriority.MEDIUM, null));
        ActionItem distant = actionItems.create(review.id(), new ActionItemDraft("New relay", priya,
                today.plusDays(30), ActionItemPriority.LOW, null));
        ActionItem done = actionItems.create(review.id(), new ActionItemDraft("Alert routing", priya,
                today.minusDays(3), ActionItemPriority.LOW, null));
        done = actionItems.change(done.id(), done.version(), new ActionItemDraft("Alert routing", priya,
                today.minusDays(3), ActionItemPriority.LOW, ActionItemStatus.DONE));
        SignedIn.out();

        assertThat(reminders.sendDue(today)).isGreaterThanOrEqualTo(2);
        assertThat(queued(soon)).allMatch(key -> key.contains(":DUE_SOON:")).isNotEmpty();
        assertThat(queued(late)).allMatch(key -> key.contains(":OVERDUE:")).isNotEmpty();
        assertThat(queued(distant)).isEmpty();
        assertThat(queued(done)).isEmpty();
        int before = queued(soon).size() + queued(late).size();

        assertThat(reminders.sendDue(today)).isZero();
        assertThat(queued(soon).size() + queued(late).size()).isEqualTo(before);

        assertThat(reminders.sendDue(today.plusDays(3))).isPositive();
        assertThat(queued(soon)).anyMatch(key -> key.contains(":OVERDUE:"));
        assertThat(jdbc.queryForObject("select subject from outbox_message where dedupe_key like ? and channel = ?",
                String.class, "action-reminder:" + late.id() + ":OVERDUE:%", "EMAIL"))
                .isIn("Action item overdue: Rotate journals", "Acción vencida: Rotate journals");
        // In the portal the reminder is kept as what it is, and rendered in the language of whoever reads it.
        assertThat(jdbc.queryForObject("select subject_key from outbox_message where dedupe_key like ? and channel = ?",
                String.class, "action-reminder:" + late.id() + ":OVERDUE:%", "IN_PORTAL"))
                .isEqualTo("review.notice.overdue.subject");
    }

    private List<String> assignments(ActionItem item) {
        return jdbc.queryForList("select channel from outbox_message where dedupe_key like ? order by id",
                String.class, "action-assigned:" + item.id() + ":%");
    }

    @Test
    void theOwnerIsToldWhenAnItemIsAssignedOrHandedOverButNotForOtherChangesNorForTakingItThemself() {
        ReviewFixture fixture = new ReviewFixture(jdbc, accounts, incidents);
        IncidentDetails incident = fixture.resolvedIncident("Journal full", Severity.SEV2, "it@demo.local");
        ReviewDetails review = reviews.start(incident.id(), "en");
        long priya = fixture.accountId("it2@demo.local");
        long ivan = fixture.accountId("it@demo.local");
        LocalDate due = clock.today().plusDays(20);

        ActionItem item = actionItems.create(review.id(), new ActionItemDraft("Grow the journal volume", priya, due,
                ActionItemPriority.HIGH, null));
        assertThat(assignments(item)).containsExactlyInAnyOrder("EMAIL", "IN_PORTAL");
        String mail = jdbc.queryForObject("select body_text from outbox_message where dedupe_key like ?"
                + " and channel = 'EMAIL'", String.class, "action-assigned:" + item.id() + ":%");
        assertThat(mail).contains("Grow the journal volume", incident.reference())
                .doesNotContain(due.toString(), "HIGH")
                .containsPattern("http://[^/]+/incidents/" + incident.id() + "/review");

        item = actionItems.change(item.id(), item.version(), new ActionItemDraft("Grow the journal volume", priya,
                due.plusDays(1), ActionItemPriority.HIGH, ActionItemStatus.IN_PROGRESS));
        assertThat(assignments(item)).hasSize(2);

        actionItems.change(item.id(), item.version(), new ActionItemDraft("Grow the journal volume", ivan,
                due.plusDays(1), ActionItemPriority.HIGH, ActionItemStatus.IN_PROGRESS));
        assertThat(assignments(item)).as("it@demo.local took it over himself: nobody else to tell").hasSize(2);
    }
}
