package org.outagedesk.incident.internal;

import java.util.UUID;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V14 on the embedded database: H2 in MariaDB mode, as the application configures it. */
class TimelineMessagesMigrationTest extends TimelineMessagesMigrationContract {

    @Override
    DriverManagerDataSource database() {
        return new DriverManagerDataSource("jdbc:h2:mem:migration-" + UUID.randomUUID()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
