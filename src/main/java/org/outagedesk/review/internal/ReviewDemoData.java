package org.outagedesk.review.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.account.Role;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.review.ActionItemDraft;
import org.outagedesk.review.ActionItemPriority;
import org.outagedesk.review.ActionItemService;
import org.outagedesk.review.ActionItemStatus;
import org.outagedesk.review.CauseCategory;
import org.outagedesk.review.ReviewAnswers;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.review.ReviewService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data of the embedded default: three past outages, resolved, with final reviews and action
 * items (some overdue, some done), created through the services so every event (the metrics
 * follow them) is published. Runs once, when no review exists yet; never in production.
 */
@Component
@ConditionalOnProperty(name = {"outagedesk.demo.enabled", "outagedesk.demo.reviews"}, havingValue = "true")
@Order(200)
class ReviewDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReviewDemoData.class);

    private final ReviewRepository existing;
    private final AccountService accounts;
    private final IncidentService incidents;
    private final ReviewService reviews;
    private final ActionItemService actionItems;
    private final ReviewClock clock;

    ReviewDemoData(ReviewRepository existing, AccountService accounts, IncidentService incidents,
            ReviewService reviews, ActionItemService actionItems, ReviewClock clock) {
        this.existing = existing;
        this.accounts = accounts;
        this.incidents = incidents;
        this.reviews = reviews;
        this.actionItems = actionItems;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (existing.count() > 0) {
            return;
        }
        List<AccountSummary> staff = ActingAs.staff("demo-data", () -> accounts.enabledWithRole(Role.IT_STAFF));
        Optional<AccountSummary> ivan = staff.stream().filter(a -> a.email().equals("it@demo.local")).findFirst();
        Optional<AccountSummary> priya = staff.stream().filter(a -> a.email().equals("it2@demo.local")).findFirst();
        if (ivan.isEmpty() || priya.isEmpty()) {
            return;
        }
        DemoStaff commander = new DemoStaff(ivan.get().id(), ivan.get().email(), ivan.get().displayName());
        try {
            ActingAs.staff(commander, () -> {
                seed(commander.accountId(), priya.get().id());
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("Demo reviews not (fully) created: {}", e.toString());
        }
    }

    private void seed(long ivan, long priya) {
        LocalDate today = clock.today();
        IncidentDetails relay = pastOutage("Relay rejected outbound mail after a patch",
                EnumSet.of(MailService.OUTBOUND_SMTP), Severity.SEV1, 41, ivan, priya);
        finalReview(relay, new ReviewAnswers(null,
                "The relay's TLS configuration was replaced by the package update; submission refused every client.",
                "No staging relay; the patch ran at night without a check of port 587.",
                CauseCategory.CHANGE_UPDATE, null, "Reports arrived fast and the rollback was clean.",
                "Nobody watched the relay after the patch window.",
                "Test submission after every relay change; keep the TLS settings under configuration management."),
                List.of(new ActionItemDraft("Add a submission probe on port 587", priya, today.minusDays(12),
                        ActionItemPriority.HIGH, ActionItemStatus.DONE),
                        new ActionItemDraft("Put the relay's TLS settings in configuration management", ivan,
                                today.minusDays(5), ActionItemPriority.HIGH, ActionItemStatus.IN_PROGRESS),
                        new ActionItemDraft("Staging relay for patch rehearsals", ivan, today.plusDays(2),
                                ActionItemPriority.MEDIUM, ActionItemStatus.OPEN)));
        IncidentDetails disk = pastOutage("Mailbox server ran out of disk space",
                EnumSet.of(MailService.INBOUND, MailService.IMAP_POP), Severity.SEV2, 23, ivan, priya);
        finalReview(disk, new ReviewAnswers(null, "The mail store volume filled up with journal files.",
                "Disk alerts went to an unread mailbox — on the same server.", CauseCategory.CAPACITY, null,
                "The SOP checklist made the cause obvious within minutes.", "Alerts must not depend on mail.",
                "Rotate journals daily; send disk alerts to the chat channel."),
                List.of(new ActionItemDraft("Daily journal rotation", priya, today.minusDays(9),
                        ActionItemPriority.MEDIUM, ActionItemStatus.DONE),
                        new ActionItemDraft("Disk alerts to the chat webhook", ivan, today.minusDays(2),
                                ActionItemPriority.HIGH, ActionItemStatus.OPEN)));
        IncidentDetails webmail = pastOutage("Webmail login loop for one site",
                EnumSet.of(MailService.WEBMAIL), Severity.SEV3, 9, ivan, priya);
        finalReview(webmail, new ReviewAnswers(null, "The provider's identity service renewed a certificate early.",
                null, CauseCategory.EXTERNAL_PROVIDER, null, "The workaround was posted quickly.", null,
                "Subscribe to the provider's certificate notices."),
                List.of(new ActionItemDraft("Subscribe to the provider's notices", priya, today.plusDays(20),
                        ActionItemPriority.LOW, ActionItemStatus.OPEN)));
    }

    /** An outage that began {@code daysAgo}, with realistic milestones, resolved; the demo commander leads it. */
    private IncidentDetails pastOutage(String title, EnumSet<MailService> services, Severity severity, int daysAgo,
            long commander, long communications) {
        IncidentDetails incident = incidents.open(new NewIncident(title, null, services, Scope.ALL_USERS, severity,
                List.of()));
        Instant impact = clock.now().minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(3));
        incident = edit(incident, new IncidentEdit.ChangeMilestone(Milestone.IMPACT_STARTED, impact));
        incident = edit(incident, new IncidentEdit.ChangeMilestone(Milestone.DETECTED, impact.plusSeconds(14 * 60)));
        incident = edit(incident, new IncidentEdit.ChangeMilestone(Milestone.ACKNOWLEDGED, impact.plusSeconds(22 * 60)));
        incident = edit(incident, new IncidentEdit.ChangeMilestone(Milestone.MITIGATED, impact.plusSeconds(75 * 60)));
        incident = edit(incident, new IncidentEdit.ChangeMilestone(Milestone.RESOLVED, impact.plusSeconds(110 * 60)));
        incident = edit(incident, new IncidentEdit.AssignRole(IncidentRoles.COMMANDER, commander));
        incident = edit(incident, new IncidentEdit.AssignRole(IncidentRoles.COMMUNICATIONS_LEAD, communications));
        return incidents.resolve(incident.id(), incident.version());
    }

    private IncidentDetails edit(IncidentDetails incident, IncidentEdit edit) {
        return incidents.change(incident.id(), incident.version(), edit);
    }

    private void finalReview(IncidentDetails incident, ReviewAnswers findings, List<ActionItemDraft> items) {
        ReviewDetails review = reviews.start(incident.id(), "en");
        ReviewAnswers answers = new ReviewAnswers(review.answers().whatHappened(), findings.rootCause(),
                findings.contributingFactors(), findings.cause(), review.answers().responseAssessment(),
                findings.wentWell(), findings.toImprove(), findings.prevention());
        review = reviews.save(review.id(), review.version(), answers);
        for (ActionItemDraft draft : items) {
            var created = actionItems.create(review.id(), draft);
            if (draft.status() != ActionItemStatus.OPEN) {
                actionItems.change(created.id(), created.version(), draft);
            }
        }
        review = reviews.comment(review.id(), "Reviewed with the team; every action has an owner and a due date.");
        reviews.finalise(review.id(), review.version());
    }
}
