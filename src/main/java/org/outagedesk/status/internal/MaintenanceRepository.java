package org.outagedesk.status.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MaintenanceRepository extends JpaRepository<MaintenanceEntry, Long> {

    /** Windows ending after {@code since}, soonest start first. */
    List<MaintenanceEntry> findByEndsAtAfterOrderByStartsAtAsc(Instant since);
}
