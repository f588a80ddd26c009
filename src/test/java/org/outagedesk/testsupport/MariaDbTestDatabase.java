package org.outagedesk.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One fresh, empty MariaDB database per test JVM ({@code outagedesk_it_<random>}), created on
 * first use and dropped when the JVM ends, so every run starts from an empty schema; and
 * separate ones on request.
 */
public final class MariaDbTestDatabase {

    private static String name;

    private MariaDbTestDatabase() {}

    public static synchronized String name() {
        if (name == null) {
            name = fresh();
        }
        return name;
    }

    /** Another empty database, for a test that runs an application context of its own; dropped at JVM exit. */
    public static String fresh() {
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        String candidate = "outagedesk_it_" + HexFormat.of().formatHex(random);
        execute("CREATE DATABASE " + candidate + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + candidate),
                "drop-" + candidate));
        return candidate;
    }

    public static String url() {
        return RequiredServices.MARIADB_SERVER + name();
    }

    /** Another fresh database, for tests that must not share rows with the shared test application. */
    public static String freshUrl() {
        return RequiredServices.MARIADB_SERVER + fresh();
    }

    private static void execute(String sql) {
        try (Connection connection = RequiredServices.mariaDbServer(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB refused: " + sql, e);
        }
    }
}
