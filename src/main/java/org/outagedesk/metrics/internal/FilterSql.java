package org.outagedesk.metrics.internal;

import java.util.ArrayList;
import java.util.List;
import org.outagedesk.metrics.MetricsFilter;

/** The WHERE clause choosing the counted incidents (alias {@code i}) of a filter, and its arguments. */
record FilterSql(String where, Object[] arguments) {

    static FilterSql of(MetricsFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE i.excluded = FALSE AND i.period_at >= ? AND i.period_at < ?");
        List<Object> arguments = new ArrayList<>();
        arguments.add(ReadModelWriter.timestamp(filter.from()));
        arguments.add(ReadModelWriter.timestamp(filter.to()));
        if (filter.severity() != null) {
            where.append(" AND i.severity = ?");
            arguments.add(filter.severity().name());
        }
        if (filter.service() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM metric_incident_service s2"
                    + " WHERE s2.incident_id = i.incident_id AND s2.service = ?)");
            arguments.add(filter.service().name());
        }
        if (filter.cause() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM metric_review r2"
                    + " WHERE r2.incident_id = i.incident_id AND r2.cause_category = ?)");
            arguments.add(filter.cause().name());
        }
        return new FilterSql(where.toString(), arguments.toArray());
    }

    /** The arguments with more in front (for placeholders before the WHERE clause). */
    Object[] after(Object... first) {
        Object[] all = new Object[first.length + arguments.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(arguments, 0, all, first.length, arguments.length);
        return all;
    }
}
