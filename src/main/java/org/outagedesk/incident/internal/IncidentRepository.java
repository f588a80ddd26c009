package org.outagedesk.incident.internal;

import java.util.List;
import org.outagedesk.incident.IncidentState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<Incident, Long> {

    List<Incident> findByStateOrderByIdDesc(IncidentState state);

    List<Incident> findAllByOrderByIdDesc();

    /** Counts a one-click "this is my problem too" without touching the version staff edit against. */
    @Modifying
    @Query("update Incident i set i.reportCount = i.reportCount + 1 where i.id = :incidentId")
    int countJoinedReporter(long incidentId);
}
