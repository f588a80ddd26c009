package org.outagedesk.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.notification.PortalNotification;
import org.outagedesk.notification.internal.NoticeArguments.Stored;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a person's in-portal notices and renders them for the reader: an update from its fields, a
 * personal notice from its keys and typed arguments, and an older notice that kept only words as written.
 */
@Component
class PortalNotices {

    /** A stored in-portal row, before it is rendered. */
    private record Row(long id, Long incidentId, Long updateId, OutboxMessage.Notice notice, String subjectKey,
            String textKey, String link, String subject, String text, Instant createdAt, boolean read) {}

    private final JdbcTemplate jdbc;
    private final UpdateMessages updates;
    private final ReaderTexts texts;

    PortalNotices(JdbcTemplate jdbc, UpdateMessages updates, ReaderTexts texts) {
        this.jdbc = jdbc;
        this.updates = updates;
        this.texts = texts;
    }

    /** The newest in-portal notices of an account, rendered for {@code reader}. */
    List<PortalNotification> latest(long accountId, int limit, Reader reader) {
        return rendered(rows(accountId, limit), reader);
    }

    /**
     * The newest of an account's latest {@code limit} notices that is about an open incident,
     * rendered for {@code reader}: only that one is rendered, and the open incidents are asked for
     * only when a notice is about an incident at all.
     */
    Optional<PortalNotification> newestAboutOpen(long accountId, int limit, Supplier<Set<Long>> openIncidents,
            Reader reader) {
        List<Row> rows = rows(accountId, limit);
        if (rows.stream().allMatch(row -> row.incidentId() == null)) {
            return Optional.empty();
        }
        Set<Long> open = openIncidents.get();
        return rendered(rows.stream().filter(row -> open.contains(row.incidentId())).limit(1).toList(), reader)
                .stream().findFirst();
    }

    private List<Row> rows(long accountId, int limit) {
        return jdbc.query("""
                select id, incident_id, update_id, notice, subject_key, text_key, link, subject, body_text, created_at,
                    read_at
                from outbox_message where recipient_id = ? and channel = 'IN_PORTAL'
                order by created_at desc, id desc limit ?""", PortalNotices::row, accountId, limit);
    }

    private List<PortalNotification> rendered(List<Row> rows, Reader reader) {
        Map<Long, Map<String, Stored>> arguments = arguments(rows);
        return rows.stream().map(row -> render(row, arguments.getOrDefault(row.id(), Map.of()), reader)).toList();
    }

    private PortalNotification render(Row row, Map<String, Stored> arguments, Reader reader) {
        if (row.notice() == OutboxMessage.Notice.UPDATE) {
            StatusUpdate update = UpdateNotices.update(row.updateId(), row.incidentId(), row.createdAt(), arguments);
            return new PortalNotification(row.id(), row.incidentId(), updates.subject(update, reader),
                    updates.text(update, reader), updates.brief(update, reader), null, row.createdAt(), row.read());
        }
        if (row.notice() == OutboxMessage.Notice.PERSONAL) {
            List<Object> values = NoticeArguments.values(arguments);
            String text = texts.text(row.textKey(), reader, values);
            return new PortalNotification(row.id(), row.incidentId(), texts.text(row.subjectKey(), reader, values),
                    text, text, row.link(), row.createdAt(), row.read());
        }
        return new PortalNotification(row.id(), row.incidentId(), row.subject(), row.text(), row.text(), null,
                row.createdAt(), row.read());
    }

    private Map<Long, Map<String, Stored>> arguments(List<Row> rows) {
        List<Long> ids = rows.stream().filter(row -> row.notice() != null).map(Row::id).toList();
        Map<Long, Map<String, Stored>> byMessage = new HashMap<>();
        if (ids.isEmpty()) {
            return byMessage;
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        jdbc.query("select message_id, name, kind, text_value, time_value from outbox_argument where message_id in ("
                + marks + ")", rs -> {
                    byMessage.computeIfAbsent(rs.getLong("message_id"), id -> new HashMap<>()).put(rs.getString("name"),
                            new Stored(rs.getString("name"), NoticeArguments.Kind.valueOf(rs.getString("kind")),
                                    rs.getString("text_value"), rs.getTimestamp("time_value") == null ? null
                                            : rs.getTimestamp("time_value").toInstant()));
                }, ids.toArray());
        return byMessage;
    }

    private static Row row(ResultSet rs, int index) throws SQLException {
        String notice = rs.getString("notice");
        return new Row(rs.getLong("id"), rs.getObject("incident_id", Long.class), rs.getObject("update_id", Long.class),
                notice == null ? null : OutboxMessage.Notice.valueOf(notice), rs.getString("subject_key"),
                rs.getString("text_key"), rs.getString("link"), rs.getString("subject"), rs.getString("body_text"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);
    }
}
