package org.outagedesk.notification.internal;

import org.junit.jupiter.api.Test;

/** V19 migrates old in-portal notices on H2 in MariaDB mode. */
class NoticeMigrationTest {

    @Test
    void oldNoticesAreRenderedForTheirReaderAfterTheMigration() {
        NoticeMigration.run("jdbc:h2:mem:notice-migration-" + System.nanoTime()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
