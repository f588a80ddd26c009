package org.outagedesk.review.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which reminders went out: claiming one is an insert that succeeds once per item, kind and due date. */
@Component
class ReminderLog {

    /** Before the due date, and after it passed. */
    enum Kind {
        DUE_SOON,
        OVERDUE
    }

    private final JdbcTemplate jdbc;

    ReminderLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the reminder; false if it was already sent (by this node or another). */
    boolean claim(long actionItemId, Kind kind, LocalDate dueDate, Instant now) {
        try {
            return jdbc.update("""
                    insert into action_item_reminder (action_item_id, kind, due_date, sent_at)
                    select ?, ?, ?, ? from dual where not exists (select 1 from action_item_reminder
                        where action_item_id = ? and kind = ? and due_date = ?)""",
                    actionItemId, kind.name(), Date.valueOf(dueDate), Timestamp.from(now), actionItemId, kind.name(),
                    Date.valueOf(dueDate)) == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }
}
