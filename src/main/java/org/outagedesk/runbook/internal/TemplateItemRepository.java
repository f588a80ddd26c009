package org.outagedesk.runbook.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateItemRepository extends JpaRepository<TemplateItem, Long> {

    List<TemplateItem> findByTemplateIdOrderByPhaseAscPositionAsc(long templateId);
}
