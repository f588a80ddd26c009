package org.outagedesk.notification.internal;

import org.junit.jupiter.api.Test;
import org.outagedesk.testsupport.MariaDbTestDatabase;
import org.outagedesk.testsupport.RequiredServices;

/** V19 migrates old in-portal notices on MariaDB, in a database of its own. */
class NoticeMigrationIT {

    @Test
    void oldNoticesAreRenderedForTheirReaderAfterTheMigration() {
        RequiredServices.mariaDb();
        NoticeMigration.run(MariaDbTestDatabase.freshUrl(), RequiredServices.MARIADB_USER,
                RequiredServices.MARIADB_PASSWORD);
    }
}
