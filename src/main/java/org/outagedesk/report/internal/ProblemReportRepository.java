package org.outagedesk.report.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ProblemReportRepository extends JpaRepository<ProblemReport, Long>, JpaSpecificationExecutor<ProblemReport> {

    Optional<ProblemReport> findByReporterIdAndIdempotencyKey(long reporterId, String idempotencyKey);

    Optional<ProblemReport> findFirstByReporterIdAndIncidentIdOrderByIdAsc(long reporterId, long incidentId);

    List<ProblemReport> findByReporterIdOrderByCreatedAtDescIdDesc(long reporterId);

    Page<ProblemReport> findByReporterId(long reporterId, Pageable pageable);

    List<ProblemReport> findByIncidentIdOrderByCreatedAtAscIdAsc(long incidentId);

    @Query("select distinct r.reporterId from ProblemReport r where r.incidentId = :incidentId order by r.reporterId")
    List<Long> reporterIds(long incidentId);
}
