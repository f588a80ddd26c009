package org.outagedesk.runbook.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateRepository extends JpaRepository<Template, Long> {

    List<Template> findByActiveTrueOrderByIdAsc();

    List<Template> findByTemplateKeyOrderByVersionNoDesc(String templateKey);

    Optional<Template> findFirstByTemplateKeyAndActiveTrueOrderByVersionNoDesc(String templateKey);
}
