package org.outagedesk.review.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.Role;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.StaffMember;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.notification.NoticeLabel;
import org.outagedesk.notification.PersonalNotice;
import org.outagedesk.notification.PersonalNotices;
import org.springframework.stereotype.Component;

/**
 * Who takes part in a review and what they are told: everyone involved in the incident (its
 * role holders and the staff who acted on it — the timeline holds the checklist steps too) is
 * invited; managers get the findings when the review is final; an action item's owner hears when it
 * is assigned to them and when it falls due. Through the notification outbox, in each reader's language.
 */
@Component
class ReviewInvitations {

    private final IncidentService incidents;
    private final AccountService accounts;
    private final PersonalNotices notices;

    ReviewInvitations(IncidentService incidents, AccountService accounts, PersonalNotices notices) {
        this.incidents = incidents;
        this.accounts = accounts;
        this.notices = notices;
    }

    /** Adds everyone involved to the review and invites them. */
    void invite(Review review, IncidentDetails incident) {
        Map<Long, String> staff = incidents.staff().stream()
                .collect(Collectors.toMap(StaffMember::accountId, StaffMember::name, (a, b) -> a));
        Map<Long, String> involved = new LinkedHashMap<>();
        incident.roles().forEach(holder -> involved.putIfAbsent(holder.accountId(), holder.name()));
        incidents.timeline(incident.id()).stream().map(TimelineItem::actorId).filter(staff::containsKey)
                .forEach(id -> involved.putIfAbsent(id, staff.get(id)));
        involved.forEach((id, name) -> {
            review.invite(id, name);
            notices.send(new PersonalNotice("review-invite:" + review.id() + ":" + id, id,
                    "review.notice.invite.subject", "review.notice.invite.text",
                    List.of(incident.reference(), incident.title()), link(incident.id())));
        });
    }

    /** Tells every manager that the review is final, with its root cause. */
    void publishFindings(Review review) {
        accounts.enabledWithRole(Role.MANAGER).forEach(manager -> notices.send(new PersonalNotice(
                "review-final:" + review.id() + ":" + manager.id(), manager.id(), "review.notice.final.subject",
                "review.notice.final.text", List.of(review.incidentReference(), review.incidentTitle(),
                        review.answers().rootCause()), link(review.incidentId()))));
    }

    /** Tells an action item's owner that it is due soon or overdue. */
    void remind(ReminderLog.Kind kind, ActionItemEntry item, String incidentReference) {
        String prefix = "review.notice." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        notices.send(new PersonalNotice("action-reminder:" + item.id() + ":" + kind + ":" + item.dueDate(),
                item.ownerId(), prefix + ".subject", prefix + ".text",
                List.of(item.title(), item.dueDate(), incidentReference), link(item.incidentId())));
    }

    /** Tells the person an action item was just given to (created for them, or handed over) what and by when. */
    void assigned(ActionItemEntry item, String incidentReference) {
        notices.send(new PersonalNotice("action-assigned:" + item.id() + ":" + item.ownerId() + ":" + item.version(),
                item.ownerId(), "review.notice.assigned.subject", "review.notice.assigned.text",
                List.of(item.title(), item.dueDate(), incidentReference,
                        new NoticeLabel("review.priority." + item.priority().name())), link(item.incidentId())));
    }

    /** The review page, as a path in the portal (mail puts the public base URL before it). */
    static String link(long incidentId) {
        return "/incidents/" + incidentId + "/review";
    }
}
