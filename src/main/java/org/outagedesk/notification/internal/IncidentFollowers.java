package org.outagedesk.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The incident_subscription table: who follows which incident. Callers decide who may change what. */
@Component
class IncidentFollowers {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IncidentFollowers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean follows(long accountId, long incidentId) {
        Integer rows = jdbc.queryForObject("select count(*) from incident_subscription where account_id = ?"
                + " and incident_id = ?", Integer.class, accountId, incidentId);
        return rows != null && rows > 0;
    }

    void add(long accountId, long incidentId) {
        try {
            jdbc.update("""
                    insert into incident_subscription (account_id, incident_id, created_at)
                    select ?, ?, ? from dual
                    where not exists (select 1 from incident_subscription where account_id = ? and incident_id = ?)""",
                    accountId, incidentId, Timestamp.from(clock.instant()), accountId, incidentId);
        } catch (DuplicateKeyException alreadyThere) {
            // A second click raced the first one: the subscription exists, which is what was asked.
        }
    }

    void remove(long accountId, long incidentId) {
        jdbc.update("delete from incident_subscription where account_id = ? and incident_id = ?", accountId,
                incidentId);
    }

    /** Accounts following the incident. */
    Set<Long> of(long incidentId) {
        return new HashSet<>(jdbc.queryForList("select account_id from incident_subscription where incident_id = ?",
                Long.class, incidentId));
    }
}
