package org.outagedesk.testsupport;

import java.net.URI;
import org.outagedesk.account.AccountService;
import org.outagedesk.notification.internal.DemoMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application on a random port, shared by every integration and browser test
 * (same configuration, so Spring starts it once per test JVM; the security strategy each test
 * sees is put right by {@link SecurityStrategyOfThisContext}). It uses a fresh MariaDB
 * database when MariaDB answers, else the in-memory H2 of the test configuration; tests that
 * need MariaDB call {@link RequiredServices#mariaDb()} first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class LiveApplicationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected AccountService accounts;

    @Autowired
    protected DemoMailServer mailServer;

    /**
     * The company directory signs people in first, as in a real installation, and the company's
     * OpenID Connect provider is offered beside it; the demo accounts are in neither, so they sign
     * in as local accounts (break-glass). Self-registration, closed by
     * default once a directory is configured, stays open for the registration tests.
     */
    @DynamicPropertySource
    static void companyDirectory(DynamicPropertyRegistry registry) {
        CompanyDirectory.shared().properties().forEach((key, value) -> registry.add(key, () -> value));
        CompanyIdentityProvider.shared().properties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("outagedesk.registration.enabled", () -> "true");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (RequiredServices.mariaDbAnswers()) {
            registry.add("spring.datasource.url", MariaDbTestDatabase::url);
            registry.add("spring.datasource.username", () -> RequiredServices.MARIADB_USER);
            registry.add("spring.datasource.password", () -> RequiredServices.MARIADB_PASSWORD);
        }
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The server by its IPv4 loopback address, for clients that connect from another 127.x address. */
    protected String onLoopback() {
        return "http://127.0.0.1:" + port;
    }

    /** An e-mailed link pointed at this test's server (mails carry {@code outagedesk.base-url}). */
    protected String onThisServer(String link) {
        URI uri = URI.create(link);
        return baseUrl() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    protected Mailbox mailbox(String address) {
        return new Mailbox(mailServer.host(), mailServer.imapPort(), address);
    }

    /** A new address nobody used before in this run. */
    protected static String newAddress(String prefix) {
        return prefix + "-" + Long.toHexString(System.nanoTime()) + "@demo.local";
    }
}
