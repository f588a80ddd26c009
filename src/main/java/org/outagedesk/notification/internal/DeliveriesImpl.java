package org.outagedesk.notification.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.outagedesk.notification.Deliveries;
import org.outagedesk.notification.DeliveryStatus;
import org.outagedesk.notification.DeliverySummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Delivery status per update, counted from the outbox. */
@Service
@Transactional
class DeliveriesImpl implements Deliveries {

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final OutboxDispatcher dispatcher;

    DeliveriesImpl(JdbcTemplate jdbc, Outbox outbox, OutboxDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('IT_STAFF', 'MANAGER')")
    public DeliverySummary of(long updateId) {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        jdbc.query("select status, count(*) as n from outbox_message where update_id = ? group by status",
                rs -> {
                    counts.put(DeliveryStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                }, updateId);
        List<String> errors = jdbc.queryForList("select last_error from outbox_message where update_id = ?"
                + " and last_error is not null order by next_attempt_at desc limit 1", String.class, updateId);
        return new DeliverySummary(counts, errors.isEmpty() ? null : errors.get(0));
    }

    @Override
    @PreAuthorize("hasRole('IT_STAFF')")
    public int retryFailed(long updateId) {
        int queued = outbox.retryFailed(updateId);
        dispatcher.wake();
        return queued;
    }
}
