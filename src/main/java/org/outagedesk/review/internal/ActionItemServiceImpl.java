package org.outagedesk.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.account.Role;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.review.ActionItem;
import org.outagedesk.review.ActionItemChanged;
import org.outagedesk.review.ActionItemDraft;
import org.outagedesk.review.ActionItemFilter;
import org.outagedesk.review.ActionItemOwner;
import org.outagedesk.review.ActionItemService;
import org.outagedesk.review.ActionItemStatus;
import org.outagedesk.review.ReviewException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ActionItemServiceImpl implements ActionItemService {

    private static final Collection<ActionItemStatus> UNFINISHED = EnumSet.of(ActionItemStatus.OPEN,
            ActionItemStatus.IN_PROGRESS);

    private final ActionItemRepository items;
    private final ReviewRepository reviews;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final ReviewClock clock;
    private final ReviewInvitations notices;

    ActionItemServiceImpl(ActionItemRepository items, ReviewRepository reviews, AccountService accounts,
            ApplicationEventPublisher events, ReviewClock clock, ReviewInvitations notices) {
        this.items = items;
        this.reviews = reviews;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.notices = notices;
    }

    @Override
    @PreAuthorize(ReviewServiceImpl.WRITE)
    public ActionItem create(long reviewId, ActionItemDraft draft) {
        Review review = reviews.findById(reviewId).orElseThrow(() -> new ReviewException("review.error.not-found"));
        ActionItemEntry item = new ActionItemEntry(reviewId, review.incidentId(), clock.now());
        item.update(draft.title(), owner(draft.ownerId()), draft.dueDate(), draft.priority(), ActionItemStatus.OPEN,
                clock.now());
        return saved(item, review.incidentReference(), true);
    }

    @Override
    @PreAuthorize(ReviewServiceImpl.WRITE)
    public ActionItem change(long actionItemId, long expectedVersion, ActionItemDraft draft) {
        ActionItemEntry item = items.findById(actionItemId)
                .orElseThrow(() -> new ReviewException("review.action.error.not-found"));
        if (item.version() != expectedVersion) {
            throw new ReviewException("review.action.error.changed-meanwhile");
        }
        boolean handedOver = item.ownerId() != draft.ownerId();
        item.update(draft.title(), owner(draft.ownerId()), draft.dueDate(), draft.priority(), draft.status(),
                clock.now());
        return saved(item, reviews.findById(item.reviewId()).map(Review::incidentReference).orElse(""), handedOver);
    }

    /** Saves and announces the item; a new owner other than the person assigning it is told. */
    private ActionItem saved(ActionItemEntry item, String incidentReference, boolean newOwner) {
        ActionItemEntry saved;
        try {
            saved = items.saveAndFlush(item);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ReviewException("review.action.error.changed-meanwhile");
        }
        events.publishEvent(new ActionItemChanged(saved.id(), saved.reviewId(), saved.incidentId(), saved.status(),
                saved.priority(), saved.dueDate(), saved.ownerId(), saved.ownerTeam(), saved.updatedAt()));
        long assigner = SignedInUser.current().map(SignedInUser::accountId).orElse(-1L);
        if (newOwner && saved.ownerId() != assigner) {
            notices.assigned(saved, incidentReference);
        }
        return saved.toItem(incidentReference);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(ReviewServiceImpl.READ)
    public List<ActionItem> list(ActionItemFilter filter) {
        Long mine = filter.mine() ? SignedInUser.current().map(SignedInUser::accountId).orElse(-1L) : null;
        Collection<ActionItemStatus> statuses = filter.openOnly() || filter.overdue() ? UNFINISHED
                : EnumSet.allOf(ActionItemStatus.class);
        String team = filter.team() == null || filter.team().isBlank() ? null : filter.team();
        List<ActionItemEntry> found = items.filter(mine, team, statuses, filter.overdue() ? clock.today() : null);
        Map<Long, String> references = reviews.findAllById(found.stream().map(ActionItemEntry::reviewId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Review::id, Review::incidentReference));
        return found.stream().map(item -> item.toItem(references.getOrDefault(item.reviewId(), ""))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(ReviewServiceImpl.READ)
    public List<ActionItemOwner> owners() {
        Map<Long, AccountSummary> people = new LinkedHashMap<>();
        for (Role role : List.of(Role.IT_STAFF, Role.MANAGER)) {
            accounts.enabledWithRole(role).forEach(account -> people.putIfAbsent(account.id(), account));
        }
        List<ActionItemOwner> owners = new ArrayList<>(people.values().stream()
                .map(account -> new ActionItemOwner(account.id(), account.displayName(), account.department()))
                .toList());
        owners.sort(Comparator.comparing(ActionItemOwner::name, String.CASE_INSENSITIVE_ORDER));
        return owners;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(ReviewServiceImpl.READ)
    public List<String> teams() {
        TreeSet<String> teams = new TreeSet<>(items.teams());
        owners().stream().map(ActionItemOwner::team).filter(Objects::nonNull).forEach(teams::add);
        return List.copyOf(teams);
    }

    private ActionItemOwner owner(long accountId) {
        return owners().stream().filter(owner -> owner.accountId() == accountId).findFirst()
                .orElseThrow(() -> new ReviewException("review.action.error.owner"));
    }

    @Override
    public LocalDate today() {
        return clock.today();
    }
}
