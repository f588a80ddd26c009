package org.outagedesk.incident.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.outagedesk.incident.IncidentState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<Incident, Long> {

    List<Incident> findByStateOrderByIdDesc(IncidentState state);

    List<Incident> findAllByOrderByIdDesc();

    /**
     * Loads an incident for a change, holding its row until commit: concurrent editors queue,
     * and the later one sees the new version (and who made it) instead of deadlocking.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Incident i where i.id = :incidentId")
    Optional<Incident> findForChange(long incidentId);

    /** Counts a one-click "this is my problem too" without touching the version staff edit against. */
    @Modifying
    @Query("update Incident i set i.reportCount = i.reportCount + 1 where i.id = :incidentId")
    int countJoinedReporter(long incidentId);
}
