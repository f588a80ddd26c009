package org.outagedesk.review.internal;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds owners of unfinished action items: once when the due date is near (within the lead
 * days), once after it has passed. Each reminder is claimed in the reminder log before it is
 * queued in the outbox, in one transaction, so reruns and other nodes never send it twice.
 */
@Component
class ActionItemReminders {

    private static final Logger log = LoggerFactory.getLogger(ActionItemReminders.class);

    private final ActionItemRepository items;
    private final ReviewRepository reviews;
    private final ReminderLog sent;
    private final ReviewInvitations notices;
    private final ReviewClock clock;
    private final ReviewProperties properties;
    private final TransactionTemplate transaction;

    ActionItemReminders(ActionItemRepository items, ReviewRepository reviews, ReminderLog sent,
            ReviewInvitations notices, ReviewClock clock, ReviewProperties properties,
            TransactionTemplate transaction) {
        this.items = items;
        this.reviews = reviews;
        this.sent = sent;
        this.notices = notices;
        this.clock = clock;
        this.properties = properties;
        this.transaction = transaction;
    }

    @Scheduled(fixedDelayString = "${outagedesk.reviews.reminder-interval:PT1H}", initialDelayString = "PT1M")
    void run() {
        int count = sendDue(clock.today());
        if (count > 0) {
            log.info("Queued {} action-item reminders", count);
        }
    }

    /** Queues the reminders due on {@code today} that were not sent yet; returns how many. */
    int sendDue(LocalDate today) {
        return ActingAs.staff("action-item-reminders", () -> transaction.execute(status -> {
            int count = 0;
            for (ActionItemEntry item : items.unfinishedDueBy(today.plusDays(properties.reminderLeadDays()))) {
                ReminderLog.Kind kind = item.dueDate().isBefore(today) ? ReminderLog.Kind.OVERDUE
                        : ReminderLog.Kind.DUE_SOON;
                if (sent.claim(item.id(), kind, item.dueDate(), clock.now())) {
                    String reference = reviews.findById(item.reviewId()).map(Review::incidentReference).orElse("");
                    notices.remind(kind, item, reference);
                    count++;
                }
            }
            return count;
        }));
    }
}
