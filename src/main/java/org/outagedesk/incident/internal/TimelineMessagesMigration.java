package org.outagedesk.incident.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.internal.LegacyTimelineTexts.ChecklistItem;
import org.outagedesk.incident.internal.LegacyTimelineTexts.ChecklistTemplate;
import org.outagedesk.incident.internal.LegacyTimelineTexts.Converted;
import org.outagedesk.incident.internal.LegacyTimelineTexts.PostedUpdate;
import org.springframework.stereotype.Component;

/**
 * Flyway V14: the timeline entries written as text before V13 become messages where they can be read
 * with certainty ({@link LegacyTimelineTexts}); checklist titles are taken from the run's template in
 * both languages, a posted update counts only if its row in {@code incident_update} matches. Anything
 * else stays as it was and is shown as written. A Spring bean, so Flyway runs it with the SQL migrations.
 */
@Component
class TimelineMessagesMigration implements JavaMigration {

    /** The widest gap between an update's stored time and its timeline entry's: zone offsets reach 14 hours. */
    private static final Duration SAME_TRANSACTION = Duration.ofHours(15);

    private static final String LEGACY = """
            select id, incident_id, copied_from_id, occurred_at, kind, note from incident_timeline
            where message is null and note is not null and (kind in ('RUNBOOK', 'MONITORING')
              or (kind = 'NOTE' and (note like 'PUBLIC update: %' or note like 'INTERNAL update: %'
                or note like 'MANAGEMENT update: %' or note like 'Summary: %')))
            order by id""";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("14");
    }

    @Override
    public String getDescription() {
        return "timeline texts to messages";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Checklists checklists = Checklists.read(connection);
        try (PreparedStatement select = connection.prepareStatement(LEGACY);
                PreparedStatement update = connection.prepareStatement("""
                        update incident_timeline set kind = ?, field = ?, after_value = ?, note = ?, message = ?
                        where id = ?""");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long incidentId = rows.getLong("copied_from_id") != 0 ? rows.getLong("copied_from_id")
                        : rows.getLong("incident_id");
                String note = rows.getString("note");
                Optional<Converted> converted = switch (TimelineKind.valueOf(rows.getString("kind"))) {
                    case RUNBOOK -> LegacyTimelineTexts.runbookStep(note, checklists.itemsFor(incidentId),
                            checklists.templates());
                    case MONITORING -> LegacyTimelineTexts.monitoring(note);
                    default -> statusUpdate(connection, incidentId, rows.getTimestamp("occurred_at"),
                            LegacyTimelineTexts.postedUpdate(note));
                };
                if (converted.isPresent()) {
                    write(update, rows.getLong("id"), converted.get());
                }
            }
        }
    }

    private static void write(PreparedStatement update, long id, Converted converted) throws SQLException {
        update.setString(1, converted.kind().name());
        update.setString(2, converted.data() == null ? null : converted.data().field());
        update.setString(3, converted.data() == null ? null : converted.data().after());
        update.setString(4, converted.note());
        update.setString(5, converted.message().toJson());
        update.setLong(6, id);
        update.executeUpdate();
    }

    /**
     * The posted update the note stood for: the incident's update of that kind, audience and text
     * posted closest to the entry (the two were written in one transaction, but the update's time
     * through plain JDBC in the server's zone, so its stored wall clock may be off by the zone's offset).
     */
    private static Optional<Converted> statusUpdate(Connection connection, long incidentId, Timestamp at,
            Optional<PostedUpdate> legacy) throws SQLException {
        if (legacy.isEmpty()) {
            return Optional.empty();
        }
        PostedUpdate posted = legacy.get();
        String text = posted.message().replaceFirst("…$", "");
        Long closest = null;
        long closestDistance = SAME_TRANSACTION.toMillis();
        try (PreparedStatement find = connection.prepareStatement("""
                select id, message, posted_at from incident_update
                where incident_id = ? and kind = ? and audience = ? order by id""")) {
            find.setLong(1, incidentId);
            find.setString(2, posted.kind().name());
            find.setString(3, posted.audience().name());
            try (ResultSet found = find.executeQuery()) {
                while (found.next()) {
                    String message = found.getString("message");
                    long distance = Math.abs(found.getTimestamp("posted_at").getTime() - at.getTime());
                    if ((message.equals(posted.message()) || message.startsWith(text)) && distance <= closestDistance) {
                        closest = found.getLong("id");
                        closestDistance = distance;
                    }
                }
            }
        }
        return Optional.ofNullable(closest).map(id -> new Converted(TimelineKind.STATUS_UPDATE,
                StatusUpdateServiceImpl.posted(posted.kind(), posted.audience()), posted.message(),
                new FieldChange(StatusUpdateServiceImpl.STATUS_UPDATE, null, String.valueOf(id))));
    }

    /** Every checklist template's items, numbered, and which template (and run items) each incident's run has. */
    private record Checklists(Map<Long, List<ChecklistItem>> itemsByTemplate, Map<Long, long[]> runByIncident,
            Map<String, Long> runItems, List<ChecklistTemplate> templates) {

        static Checklists read(Connection connection) throws SQLException {
            Map<Long, List<ChecklistItem>> items = new HashMap<>();
            Map<String, Integer> inPhase = new HashMap<>();
            Map<Long, long[]> runs = new HashMap<>();
            Map<String, Long> runItems = new HashMap<>();
            List<ChecklistTemplate> templates = new ArrayList<>();
            try (var statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("""
                        select id, template_id, phase, title_es, title_en from runbook_template_item
                        order by template_id, position, id""")) {
                    while (rows.next()) {
                        long template = rows.getLong("template_id");
                        Phase phase = Phase.valueOf(rows.getString("phase"));
                        int place = inPhase.merge(template + ":" + phase, 1, Integer::sum);
                        items.computeIfAbsent(template, key -> new ArrayList<>()).add(new ChecklistItem(rows.getLong("id"),
                                (phase.ordinal() + 1) + "." + place, rows.getString("title_es"),
                                rows.getString("title_en"), null));
                    }
                }
                try (ResultSet rows = statement.executeQuery("select id, incident_id, template_id from runbook_run")) {
                    while (rows.next()) {
                        runs.put(rows.getLong("incident_id"), new long[] {rows.getLong("id"), rows.getLong("template_id")});
                    }
                }
                try (ResultSet rows = statement.executeQuery("select id, run_id, template_item_id from runbook_run_item")) {
                    while (rows.next()) {
                        runItems.put(rows.getLong("run_id") + ":" + rows.getLong("template_item_id"), rows.getLong("id"));
                    }
                }
                try (ResultSet rows = statement.executeQuery(
                        "select name_es, name_en, version_no from runbook_template order by id")) {
                    while (rows.next()) {
                        templates.add(new ChecklistTemplate(rows.getString("name_es"), rows.getString("name_en"),
                                rows.getInt("version_no")));
                    }
                }
            }
            return new Checklists(items, runs, runItems, templates);
        }

        /** The items to match an incident's steps against: its run's template first (with run item ids), then all others. */
        List<ChecklistItem> itemsFor(long incidentId) {
            long[] run = runByIncident.get(incidentId);
            List<ChecklistItem> preferred = new ArrayList<>();
            if (run != null) {
                itemsByTemplate.getOrDefault(run[1], List.of()).forEach(item -> preferred.add(new ChecklistItem(
                        item.templateItemId(), item.number(), item.titleEs(), item.titleEn(),
                        runItems.get(run[0] + ":" + item.templateItemId()))));
            }
            itemsByTemplate.forEach((template, items) -> {
                if (run == null || template != run[1]) {
                    preferred.addAll(items);
                }
            });
            return preferred;
        }
    }
}
