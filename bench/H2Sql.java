import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The fault scripts' SQL client for the embedded H2 database, which a second process can open
 * while the app runs (AUTO_SERVER). Runs the statements on standard input (separated by ";" at
 * a line end) and prints result rows tab-separated without a header, like {@code mariadb -N}:
 * java -cp h2.jar H2Sql.java JDBC_URL
 * java -cp h2.jar H2Sql.java JDBC_URL --wait-until COUNT   (polls the statement every 20 ms until
 * its single value reaches COUNT; one JVM instead of one per poll)
 */
public class H2Sql {

    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        String input = new String(System.in.readAllBytes());
        try (Connection db = DriverManager.getConnection(args[0], "sa", "")) {
            if (args.length > 2 && args[1].equals("--wait-until")) {
                waitUntil(db, input.strip().replaceAll(";$", ""), Long.parseLong(args[2]));
                return;
            }
            for (String sql : input.split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    run(db, sql);
                }
            }
        }
    }

    static void run(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            if (!statement.execute(sql)) {
                return;
            }
            ResultSet rows = statement.getResultSet();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder line = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    line.append(c > 1 ? "\t" : "").append(rows.getString(c));
                }
                System.out.println(line);
            }
        }
    }

    static void waitUntil(Connection db, String sql, long target) throws SQLException, InterruptedException {
        try (Statement statement = db.createStatement()) {
            while (true) {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    if (rows.next() && rows.getLong(1) >= target) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
    }
}
