package org.outagedesk.incident.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.outagedesk.base.PlainText;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.NewStatusUpdate;
import org.outagedesk.incident.PublicIncident;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.ResolutionSummary;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.incident.StatusUpdatePosted;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.TimelineMessage;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.incident.UpdateKind;
import org.outagedesk.report.ReportService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores updates and summaries beside the incident and publishes {@link StatusUpdatePosted} in the transaction. */
@Service
@Transactional
class StatusUpdateServiceImpl implements StatusUpdateService {

    private static final int MAX_TEXT = 4000;
    private static final int MAX_WORKAROUND = 2000;
    /** The data field of a status update's entry: the update's id. */
    static final String STATUS_UPDATE = "status-update";
    private static final String SELECT = "select * from incident_update ";

    private final IncidentRecorder recorder;
    private final IncidentRepository incidents;
    private final ReportService reports;
    private final JdbcTemplate jdbc;

    StatusUpdateServiceImpl(IncidentRecorder recorder, IncidentRepository incidents, ReportService reports,
            JdbcTemplate jdbc) {
        this.recorder = recorder;
        this.incidents = incidents;
        this.reports = reports;
        this.jdbc = jdbc;
    }

    @Override
    @PreAuthorize(IncidentServiceImpl.CHANGE)
    public StatusUpdate post(long incidentId, NewStatusUpdate update) {
        Incident incident = recorder.load(incidentId);
        if (update.status() == null || update.audience() == null) {
            throw new IncidentException("incident.error.required");
        }
        Actor actor = Actor.current();
        if (update.audience() == UpdateAudience.PUBLIC && incident.isOpen()) {
            if (update.status() != incident.publicStatus() && update.status() != PublicStatus.RESOLVED) {
                recorder.changed(incident, actor, TimelineKind.CHANGED, incident.changePublicStatus(update.status()),
                        null);
            }
            if (update.eta() != null && !update.eta().equals(incident.eta())) {
                recorder.changed(incident, actor, TimelineKind.CHANGED, incident.changeEta(update.eta()), null);
            }
        }
        return store(incident, actor, UpdateKind.UPDATE, update.audience(), update.status(), text(update.message()),
                update.eta(), workaround(update.workaround()), null, null);
    }

    @Override
    @PreAuthorize(IncidentServiceImpl.CHANGE)
    public StatusUpdate publishSummary(long incidentId, ResolutionSummary summary) {
        Incident incident = recorder.load(incidentId);
        if (incident.milestone(Milestone.RESOLVED) == null && incident.isOpen()) {
            throw new IncidentException("notification.error.summary-needs-resolved");
        }
        StatusUpdate stored = store(incident, Actor.current(), UpdateKind.SUMMARY, UpdateAudience.PUBLIC,
                PublicStatus.RESOLVED, text(summary.summary()), null, null, text(summary.cause()),
                text(summary.prevention()));
        reports.resolveAll(incidentId);
        return stored;
    }

    private StatusUpdate store(Incident incident, Actor actor, UpdateKind kind, UpdateAudience audience,
            PublicStatus status, String message, Instant eta, String workaround, String cause, String prevention) {
        Instant now = recorder.now();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into incident_update (incident_id, kind, audience, status, message, eta, workaround,
                        cause, prevention, posted_at, posted_by_id, posted_by_name)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            statement.setLong(1, incident.id());
            statement.setString(2, kind.name());
            statement.setString(3, audience.name());
            statement.setString(4, status.name());
            statement.setString(5, message);
            statement.setTimestamp(6, eta == null ? null : Timestamp.from(eta));
            statement.setString(7, workaround);
            statement.setString(8, cause);
            statement.setString(9, prevention);
            statement.setTimestamp(10, Timestamp.from(now));
            statement.setLong(11, actor.id());
            statement.setString(12, actor.name());
            return statement;
        }, key);
        long id = key.getKey().longValue();
        recorder.append(incident.id(), actor, TimelineKind.STATUS_UPDATE,
                new FieldChange(STATUS_UPDATE, null, String.valueOf(id)), posted(kind, audience),
                PlainText.clip(message, MAX_TEXT), now);
        StatusUpdate stored = new StatusUpdate(id, incident.id(), incident.reference(), publicTitle(incident), kind,
                audience, status, message, eta, workaround, cause, prevention, now, actor.id(), actor.name());
        recorder.publish(new StatusUpdatePosted(stored, reports.reporterIds(incident.id())));
        return stored;
    }

    /** "posted a public update", "published the resolution summary": who it was for, in the reader's words. */
    static TimelineMessage posted(UpdateKind kind, UpdateAudience audience) {
        return TimelineMessage.of(kind == UpdateKind.SUMMARY ? "incident.timeline.summary"
                : "incident.timeline.update." + audience.name());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(IncidentServiceImpl.READ)
    public List<StatusUpdate> updates(long incidentId) {
        Incident incident = recorder.load(incidentId);
        return jdbc.query(SELECT + "where incident_id = ? order by posted_at desc, id desc",
                (rs, row) -> update(rs, incident), incidentId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicIncident> publicIncidents(Instant resolvedSince) {
        List<Incident> shown = new ArrayList<>(incidents.findByStateOrderByIdDesc(IncidentState.OPEN));
        for (IncidentState state : List.of(IncidentState.RESOLVED, IncidentState.CLOSED)) {
            incidents.findByStateOrderByIdDesc(state).stream()
                    .filter(incident -> incident.milestone(Milestone.RESOLVED) != null
                            && incident.milestone(Milestone.RESOLVED).isAfter(resolvedSince))
                    .forEach(shown::add);
        }
        // An incident resolved between the two reads appears in both; it is shown once.
        Map<Long, Incident> byId = shown.stream().collect(Collectors.toMap(Incident::id, incident -> incident,
                (first, again) -> first, LinkedHashMap::new));
        shown = new ArrayList<>(byId.values());
        Map<Long, List<StatusUpdate>> updates = byId.isEmpty() ? Map.of()
                : jdbc.query(SELECT + "where audience = 'PUBLIC' order by posted_at desc, id desc",
                        (rs, row) -> byId.containsKey(rs.getLong("incident_id"))
                                ? update(rs, byId.get(rs.getLong("incident_id"))) : null)
                        .stream().filter(java.util.Objects::nonNull)
                        .collect(Collectors.groupingBy(StatusUpdate::incidentId));
        return shown.stream().map(incident -> {
            List<StatusUpdate> all = updates.getOrDefault(incident.id(), List.of());
            StatusUpdate summary = all.stream().filter(StatusUpdate::summary).findFirst().orElse(null);
            return new PublicIncident(incident.id(), incident.reference(), publicTitle(incident), incident.services(),
                    incident.publicStatus(), incident.eta(), incident.isOpen(),
                    incident.milestone(Milestone.IMPACT_STARTED) != null ? incident.milestone(Milestone.IMPACT_STARTED)
                            : incident.createdAt(),
                    incident.milestone(Milestone.RESOLVED),
                    all.stream().filter(update -> !update.summary()).toList(), summary);
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<Long> openIncidentIds() {
        return incidents.findByStateOrderByIdDesc(IncidentState.OPEN).stream().map(Incident::id)
                .collect(Collectors.toSet());
    }

    private static StatusUpdate update(ResultSet rs, Incident incident) throws SQLException {
        return new StatusUpdate(rs.getLong("id"), incident.id(), incident.reference(), publicTitle(incident),
                UpdateKind.valueOf(rs.getString("kind")), UpdateAudience.valueOf(rs.getString("audience")),
                PublicStatus.valueOf(rs.getString("status")), rs.getString("message"), instant(rs, "eta"),
                rs.getString("workaround"), rs.getString("cause"), rs.getString("prevention"),
                instant(rs, "posted_at"), rs.getLong("posted_by_id"), rs.getString("posted_by_name"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static String publicTitle(Incident incident) {
        return incident.publicTitle() != null ? incident.publicTitle() : incident.title();
    }

    private static String text(String value) {
        String text = Incident.optionalText(value, MAX_TEXT);
        if (text == null) {
            throw new IncidentException("incident.error.required");
        }
        return text;
    }

    /** The workaround column holds 2,000 characters, the other texts 4,000. */
    private static String workaround(String value) {
        return Incident.optionalText(value, MAX_WORKAROUND);
    }
}
