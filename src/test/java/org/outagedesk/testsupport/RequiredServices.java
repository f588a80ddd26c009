package org.outagedesk.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * The outside services integration and browser tests need. When one is missing the test is
 * skipped with a message saying how to provide it, unless {@code -Dit.require=true} (set by
 * {@code .ci/run}) makes it mandatory: then it fails.
 */
public final class RequiredServices {

    public static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    public static final String MARIADB_USER = "root";
    public static final String MARIADB_PASSWORD = "";
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();
    private static Boolean mariaDbAnswers;

    private RequiredServices() {}

    /** Skips (or fails, with it.require) unless MariaDB answers at 127.0.0.1:3306 as root without password. */
    public static void mariaDb() {
        need(mariaDbAnswers(), "MariaDB does not answer at 127.0.0.1:3306 (user root, empty password)",
                "start it, e.g. `start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd`, "
                        + "or run `bash .ci/run`, which installs and starts everything");
    }

    /** Skips (or fails, with it.require) unless Debian's Chromium and chromedriver are installed. */
    public static void chromium() {
        need(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium or chromedriver is missing (" + CHROMIUM + ", " + CHROMEDRIVER + ")",
                "install them with `apt-get install -y chromium chromium-driver`, or run `bash .ci/run`");
    }

    /**
     * Skips (or fails, with it.require) unless s3proxy's self-contained jar is there: Maven copies it to
     * {@code target/s3proxy/s3proxy.jar} before the integration tests and names it in {@code s3proxy.jar}.
     */
    public static Path s3proxyJar() {
        Path jar = Path.of(System.getProperty("s3proxy.jar", "target/s3proxy/s3proxy.jar"));
        need(Files.isReadable(jar), "s3proxy's jar is missing (" + jar + ")",
                "run the test through Maven (`./mvnw verify -Dit.test=...`), which copies it there");
        return jar;
    }

    /** Whether MariaDB answers; asked once per test JVM. */
    public static synchronized boolean mariaDbAnswers() {
        if (mariaDbAnswers == null) {
            try (Connection connection = mariaDbServer()) {
                mariaDbAnswers = connection.isValid(2);
            } catch (SQLException e) {
                mariaDbAnswers = false;
            }
        }
        return mariaDbAnswers;
    }

    /** A connection to the MariaDB server itself, no database selected. */
    static Connection mariaDbServer() throws SQLException {
        return DriverManager.getConnection(MARIADB_SERVER + "?connectTimeout=2000", MARIADB_USER, MARIADB_PASSWORD);
    }

    private static void need(boolean present, String missing, String remedy) {
        if (present) {
            return;
        }
        if (Boolean.getBoolean("it.require")) {
            fail(missing + ". This test is mandatory here (-Dit.require=true): " + remedy + ".");
        }
        String message = missing + ": test skipped. To run it, " + remedy
                + "; -Dit.require=true makes it fail instead of skipping.";
        if (WARNED.add(missing)) {
            System.err.println("WARNING " + message);
        }
        Assumptions.abort(message);
    }
}
