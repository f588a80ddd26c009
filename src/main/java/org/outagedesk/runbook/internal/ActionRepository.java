package org.outagedesk.runbook.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionRepository extends JpaRepository<Action, Long> {

    List<Action> findByRunIdOrderByStartedAtAscIdAsc(long runId);
}
