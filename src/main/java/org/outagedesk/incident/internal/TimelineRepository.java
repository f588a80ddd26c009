package org.outagedesk.incident.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only on purpose: it can add and read entries, and has no way to change or remove one. */
interface TimelineRepository extends Repository<TimelineEntry, Long> {

    TimelineEntry save(TimelineEntry entry);

    List<TimelineEntry> findByIncidentIdOrderByAtDescIdDesc(long incidentId);

    List<TimelineEntry> findByIncidentIdOrderByIdAsc(long incidentId);
}
