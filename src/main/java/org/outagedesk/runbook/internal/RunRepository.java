package org.outagedesk.runbook.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RunRepository extends JpaRepository<Run, Long> {

    Optional<Run> findByIncidentId(long incidentId);
}
