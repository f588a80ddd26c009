package org.outagedesk.alert.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlertLogRepository extends JpaRepository<AlertLogEntry, Long> {

    List<AlertLogEntry> findByOrderByIdDesc(Pageable page);
}
