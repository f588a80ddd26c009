package org.outagedesk.review.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.outagedesk.review.ActionItemStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionItemRepository extends JpaRepository<ActionItemEntry, Long> {

    List<ActionItemEntry> findByReviewIdOrderByDueDateAscIdAsc(long reviewId);

    /**
     * The list's filters in one query (each is off when its parameter is {@code null}): owner,
     * team, statuses, due before a date; soonest due first.
     */
    @Query("""
            select a from ActionItemEntry a
            where (:ownerId is null or a.ownerId = :ownerId)
              and (:team is null or a.ownerTeam = :team)
              and a.status in :statuses
              and (:dueBefore is null or a.dueDate < :dueBefore)
            order by a.dueDate, a.id""")
    List<ActionItemEntry> filter(Long ownerId, String team, Collection<ActionItemStatus> statuses,
            LocalDate dueBefore);

    /** Unfinished items due on or before {@code until}: the candidates for reminders. */
    @Query("""
            select a from ActionItemEntry a
            where a.status in (org.outagedesk.review.ActionItemStatus.OPEN,
                               org.outagedesk.review.ActionItemStatus.IN_PROGRESS)
              and a.dueDate <= :until
            order by a.dueDate, a.id""")
    List<ActionItemEntry> unfinishedDueBy(LocalDate until);

    @Query("select distinct a.ownerTeam from ActionItemEntry a where a.ownerTeam is not null order by a.ownerTeam")
    List<String> teams();
}
