package org.outagedesk.incident.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.report.KnownOutage;
import org.outagedesk.report.KnownOutages;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.Symptom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the report module which outages are known, with public fields only (end users read
 * this): open incidents whose reporters described the same symptom, whose affected services
 * the symptom points at, or (for an unspecific symptom) whose reporters used the same client.
 */
@Component
@Transactional(readOnly = true)
class IncidentKnownOutages implements KnownOutages {

    private final IncidentRepository incidents;
    private final JdbcTemplate jdbc;

    IncidentKnownOutages(IncidentRepository incidents, JdbcTemplate jdbc) {
        this.incidents = incidents;
        this.jdbc = jdbc;
    }

    @Override
    public List<KnownOutage> matching(Symptom symptom, MailClient client) {
        return incidents.findByStateOrderByIdDesc(IncidentState.OPEN).stream()
                .filter(incident -> matches(incident, symptom, client))
                .map(this::outage)
                .toList();
    }

    @Override
    public Map<Long, KnownOutage> byIds(Collection<Long> incidentIds) {
        Map<Long, KnownOutage> found = new LinkedHashMap<>();
        incidents.findAllById(incidentIds).forEach(incident -> found.put(incident.id(), outage(incident)));
        return found;
    }

    static boolean matches(Incident incident, Symptom symptom, MailClient client) {
        if (symptom == null) {
            return client != null && incident.clients().contains(client);
        }
        if (incident.symptoms().contains(symptom)) {
            return true;
        }
        Set<MailService> pointedAt = MailService.forSymptom(symptom);
        if (pointedAt.stream().anyMatch(incident.services()::contains)) {
            return true;
        }
        return pointedAt.isEmpty() && client != null && incident.clients().contains(client);
    }

    private KnownOutage outage(Incident incident) {
        String title = incident.publicTitle() != null ? incident.publicTitle() : incident.title();
        // The latest public update or resolution summary, if any was posted, and the summary itself.
        List<Map<String, Object>> latest = jdbc.queryForList("select message, posted_at, status from incident_update"
                + " where incident_id = ? and audience = 'PUBLIC' order by posted_at desc, id desc limit 1",
                incident.id());
        String update = latest.isEmpty() ? null : (String) latest.get(0).get("message");
        Instant updatedAt = latest.isEmpty() ? null : ((Timestamp) latest.get(0).get("posted_at")).toInstant();
        String updateStatus = latest.isEmpty() ? null
                : PublicStatus.valueOf((String) latest.get(0).get("status")).publicName();
        return new KnownOutage(incident.id(), incident.reference(), title, incident.publicStatus().publicName(),
                incident.eta(), update, updatedAt, incident.isOpen(), updateStatus, resolution(incident));
    }

    /** The resolution summary; asked for only where one can exist (it needs the incident resolved). */
    private KnownOutage.Resolution resolution(Incident incident) {
        return incident.milestone(Milestone.RESOLVED) == null && incident.isOpen() ? null : resolution(incident.id());
    }

    private KnownOutage.Resolution resolution(long incidentId) {
        List<KnownOutage.Resolution> summaries = jdbc.query("select message, cause, prevention from incident_update"
                + " where incident_id = ? and kind = 'SUMMARY' order by posted_at desc, id desc limit 1",
                (row, n) -> new KnownOutage.Resolution(row.getString(1), row.getString(2), row.getString(3)),
                incidentId);
        return summaries.isEmpty() ? null : summaries.get(0);
    }
}
