package org.outagedesk.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A throw-away database on the local MariaDB (127.0.0.1:3306, root, no password) for one IT
 * class. When MariaDB does not answer the test is skipped with a message, unless the system
 * property {@code it.require=true} makes it mandatory.
 */
public final class MariaDbDatabase {

    public static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    public static final String USER = "root";

    public final String name = "od_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public String url() {
        return SERVER + name;
    }

    /** Points the application context at this database, with a pool large enough for bursts. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
    }

    public void create() {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, "")) {
            connection.createStatement().execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            String message = "MariaDB at 127.0.0.1:3306 does not answer (" + e.getMessage() + "); start it, or "
                    + "run without -Dit.require=true to skip the MariaDB tests.";
            if (Boolean.getBoolean("it.require")) {
                Assertions.fail(message, e);
            }
            Assumptions.abort("Skipped: " + message);
        }
    }

    public void drop() {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, "")) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            // The server went away after the tests ran; nothing is left to clean.
        }
    }
}
