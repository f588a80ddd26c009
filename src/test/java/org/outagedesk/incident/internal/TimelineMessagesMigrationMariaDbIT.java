package org.outagedesk.incident.internal;

import org.outagedesk.testsupport.MariaDbTestDatabase;
import org.outagedesk.testsupport.RequiredServices;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V14 on a fresh MariaDB database. */
class TimelineMessagesMigrationMariaDbIT extends TimelineMessagesMigrationContract {

    @Override
    DriverManagerDataSource database() {
        RequiredServices.mariaDb();
        return new DriverManagerDataSource(MariaDbTestDatabase.freshUrl(), RequiredServices.MARIADB_USER,
                RequiredServices.MARIADB_PASSWORD);
    }
}
