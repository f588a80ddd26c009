package org.outagedesk.notification.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.outagedesk.base.ClusterNode;
import org.outagedesk.notification.Channel;
import org.outagedesk.notification.DeliveryStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The outbox table. Rows are written in the caller's transaction; the dispatcher claims due
 * rows one by one with a conditional UPDATE on their version (works the same on MariaDB and
 * H2, no SELECT FOR UPDATE needed), so two dispatchers never send the same row, on one node or
 * on several sharing the database. Each claim records the claiming node in {@code claimed_by}.
 * Every state change of a claimed row is conditional on the version the claim produced: a
 * dispatcher whose claim expired can neither send (see {@link #starting}) nor record an outcome.
 */
@Component
class Outbox {

    /**
     * A claimed row: what to send, and the version that completes the claim.
     *
     * @param interrupted an earlier attempt began sending and never recorded its outcome (the
     *        process died mid-send), so the server may already have the message
     */
    record Claimed(long id, long version, Long incidentId, String dedupeKey, String recipient, Channel channel,
            String subject, String text, String html, int attempts, boolean interrupted) {

        Claimed withVersion(long next) {
            return new Claimed(id, next, incidentId, dedupeKey, recipient, channel, subject, text, html, attempts,
                    interrupted);
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;

    Outbox(JdbcTemplate jdbc, Clock clock, ClusterNode node) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node.name();
    }

    /**
     * Queues a message unless one with the same dedupe key exists; in-portal messages count as
     * delivered. A notice's typed arguments are stored beside it, in the same transaction.
     *
     * <p>A plain insert that the dedupe key's unique constraint refuses, not an insert-select
     * guarded by "not exists": MariaDB takes a table-wide auto-increment lock for an insert-select,
     * and requests queueing mail side by side (a report's receipt in each of 50 parallel report
     * submissions) failed with "Failed to read auto-increment value" (error 1467).
     */
    void queue(OutboxMessage message) {
        Timestamp now = Timestamp.from(clock.instant());
        boolean portal = message.channel() == Channel.IN_PORTAL;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(connection -> {
                PreparedStatement insert = connection.prepareStatement("""
                        insert into outbox_message (dedupe_key, update_id, incident_id, recipient_id, recipient,
                            channel, language, subject, body_text, body_html, status, attempts, next_attempt_at,
                            created_at, sent_at, notice, subject_key, text_key, link, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 0)""", new String[] {"id"});
                Object[] values = {message.dedupeKey(), message.updateId(), message.incidentId(),
                        message.recipientId(), message.recipient(), message.channel().name(), message.language(),
                        message.subject(), message.text(), message.html(),
                        (portal ? DeliveryStatus.SENT : DeliveryStatus.PENDING).name(), now, now, portal ? now : null,
                        message.notice() == null ? null : message.notice().name(), message.subjectKey(),
                        message.textKey(), message.link()};
                new ArgumentPreparedStatementSetter(values).setValues(insert);
                return insert;
            }, key);
        } catch (DuplicateKeyException alreadyQueued) {
            return;
        }
        if (!message.arguments().isEmpty()) {
            long id = key.getKey().longValue();
            jdbc.batchUpdate("insert into outbox_argument (message_id, name, kind, text_value, time_value)"
                    + " values (?, ?, ?, ?, ?)", message.arguments(), message.arguments().size(),
                    (statement, argument) -> {
                        statement.setLong(1, id);
                        statement.setString(2, argument.name());
                        statement.setString(3, argument.kind().name());
                        statement.setString(4, argument.text());
                        statement.setTimestamp(5, argument.time() == null ? null : Timestamp.from(argument.time()));
                    });
        }
    }

    /** Claims up to {@code limit} due e-mail and webhook rows for {@code hold}; each claim is a conditional update. */
    List<Claimed> claimDue(int limit, Duration hold) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        List<Claimed> candidates = jdbc.query("""
                select id, version, incident_id, dedupe_key, recipient, channel, subject, body_text, body_html,
                    attempts, send_started_at
                from outbox_message where status in ('PENDING', 'RETRYING') and channel <> 'IN_PORTAL'
                    and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)
                order by next_attempt_at, id limit ?""", Outbox::claimed, at, at, limit);
        Timestamp until = Timestamp.from(now.plus(hold));
        return candidates.stream().filter(row -> jdbc.update("""
                update outbox_message set claimed_until = ?, claimed_by = ?, version = version + 1
                where id = ? and version = ? and status in ('PENDING', 'RETRYING')""",
                until, node, row.id(), row.version()) == 1)
                .map(row -> row.withVersion(row.version() + 1))
                .toList();
    }

    /**
     * Records that the row is handed to its channel now, if the claim still holds. Answers the
     * row at its new version, or {@code null} when the claim was lost: then it must not be sent.
     */
    Claimed starting(Claimed row) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("""
                update outbox_message set send_started_at = ?, version = version + 1
                where id = ? and version = ? and claimed_until > ?""", now, row.id(), row.version(), now);
        return updated == 1 ? row.withVersion(row.version() + 1) : null;
    }

    /** Gives a claimed row that was not sent back at once (the dispatcher is stopping). */
    void release(Claimed row) {
        jdbc.update("update outbox_message set claimed_until = null, version = version + 1 where id = ? and version = ?",
                row.id(), row.version());
    }

    /** Marks a claimed row sent; false if the claim was lost meanwhile (it expired and another took it). */
    boolean sent(Claimed row) {
        return jdbc.update("""
                update outbox_message set status = 'SENT', sent_at = ?, attempts = attempts + 1, claimed_until = null,
                    send_started_at = null, last_error = null, version = version + 1 where id = ? and version = ?""",
                Timestamp.from(clock.instant()), row.id(), row.version()) == 1;
    }

    /** Records a failed attempt: RETRYING at {@code nextAttempt}, or FAILED when {@code giveUp}. */
    void failed(Claimed row, String error, Instant nextAttempt, boolean giveUp) {
        String reason = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        jdbc.update("""
                update outbox_message set status = ?, attempts = attempts + 1, next_attempt_at = ?,
                    claimed_until = null, send_started_at = null, last_error = ?, version = version + 1
                where id = ? and version = ?""",
                (giveUp ? DeliveryStatus.FAILED : DeliveryStatus.RETRYING).name(), Timestamp.from(nextAttempt), reason,
                row.id(), row.version());
    }

    /** Queues an update's failed rows again, from now on. */
    int retryFailed(long updateId) {
        return jdbc.update("""
                update outbox_message set status = 'RETRYING', next_attempt_at = ?, version = version + 1
                where update_id = ? and status = 'FAILED'""", Timestamp.from(clock.instant()), updateId);
    }

    private static Claimed claimed(ResultSet rs, int row) throws SQLException {
        return new Claimed(rs.getLong("id"), rs.getLong("version"), rs.getObject("incident_id", Long.class),
                rs.getString("dedupe_key"), rs.getString("recipient"), Channel.valueOf(rs.getString("channel")),
                rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"), rs.getInt("attempts"),
                rs.getTimestamp("send_started_at") != null);
    }
}
