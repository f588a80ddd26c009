package org.outagedesk.report;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the MariaDB integration tests: the whole app on a random port against a throw-away
 * database, created before the class and dropped after it; skipped when MariaDB does not answer
 * (unless {@code -Dit.require=true}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ReportTestConfiguration.class)
@DirtiesContext
public abstract class MariaDbIntegrationTest {

    protected static final MariaDbDatabase DATABASE = new MariaDbDatabase();

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }

    @BeforeAll
    static void createDatabase() {
        DATABASE.create();
    }

    @AfterAll
    static void dropDatabase() {
        DATABASE.drop();
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }
}
