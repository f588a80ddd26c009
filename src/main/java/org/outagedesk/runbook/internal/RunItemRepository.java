package org.outagedesk.runbook.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RunItemRepository extends JpaRepository<RunItem, Long> {

    List<RunItem> findByRunId(long runId);

    /**
     * Loads an item for a change, holding its row until commit: concurrent editors of one item
     * queue, and the later one sees the new version (and who made it).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from RunItem i where i.id = :itemId")
    Optional<RunItem> findForChange(long itemId);
}
