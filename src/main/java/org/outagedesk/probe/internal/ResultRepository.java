package org.outagedesk.probe.internal;

import java.time.Instant;
import java.util.List;
import org.outagedesk.probe.ProbeKind;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ResultRepository extends JpaRepository<ResultEntry, Long> {

    List<ResultEntry> findByEndpointIdAndKindOrderByStartedAtDescIdDesc(long endpointId, ProbeKind kind, Limit limit);

    List<ResultEntry> findByEndpointIdOrderByStartedAtDescIdDesc(long endpointId, Limit limit);

    @Query("select max(r.startedAt) from ResultEntry r where r.endpointId = ?1 and r.success = true")
    Instant lastSuccess(long endpointId);

    @Modifying
    @Query("delete from ResultEntry r where r.startedAt < ?1")
    int deleteOlderThan(Instant cutoff);
}
