package org.outagedesk.status.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MaintenanceRepository extends JpaRepository<MaintenanceEntry, Long> {

    /** Windows ending after {@code since}, soonest start first. */
    List<MaintenanceEntry> findByEndsAtAfterOrderByStartsAtAsc(Instant since);

    /**
     * Marks {@code phase} announced unless it already is; 1 when this call did it. A claim, not an
     * edit: someone changing the window meanwhile neither fails it nor is failed by it.
     */
    @Modifying
    @Query("update MaintenanceEntry e set e.announced = :phase where e.id = :id and e.announced <> :phase")
    int claimAnnouncement(@Param("id") long id, @Param("phase") String phase);
}
