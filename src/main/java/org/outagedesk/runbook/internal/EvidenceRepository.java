package org.outagedesk.runbook.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<EvidenceEntry, Long> {

    List<EvidenceEntry> findByRunItemIdInOrderByIdAsc(Collection<Long> runItemIds);
}
