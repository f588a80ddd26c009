package org.outagedesk.metrics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Severity;
import org.outagedesk.metrics.Dashboard;
import org.outagedesk.metrics.MetricsFilter;
import org.outagedesk.metrics.MetricsService;
import org.outagedesk.testsupport.RequiredServices;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark, not a test (its name matches no test pattern, so {@code ./mvnw verify} skips it): the
 * whole dashboard ({@link MetricsService#dashboard}: every query of the page, current and previous
 * period) over 10,000 incidents and 1,000,000 reports in MariaDB database {@code outagedesk_bench}
 * (created and filled on the first run, about a few minutes; kept for later runs). Run with
 * <pre>./mvnw -q test -Dtest=MetricsDashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Results go to standard output and {@code target/metrics-benchmark.txt}.
 */
@SpringBootTest
class MetricsDashboardBenchmark {

    static final String DATABASE = "outagedesk_bench";
    static final int WARM_UP = 10;
    static final int RUNS = 50;

    @Autowired MetricsService metrics;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @DynamicPropertySource
    static void benchDatabase(DynamicPropertyRegistry registry) {
        RequiredServices.mariaDb();
        try (var connection = DriverManager.getConnection(RequiredServices.MARIADB_SERVER, RequiredServices.MARIADB_USER,
                RequiredServices.MARIADB_PASSWORD); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        registry.add("spring.datasource.url", () -> RequiredServices.MARIADB_SERVER + DATABASE);
        registry.add("spring.datasource.username", () -> RequiredServices.MARIADB_USER);
        registry.add("spring.datasource.password", () -> RequiredServices.MARIADB_PASSWORD);
    }

    @Test
    void wholeDashboard() throws IOException {
        Instant now = clock.instant();
        BenchmarkData data = new BenchmarkData(jdbc, now);
        long generation = 0;
        if (!data.present()) {
            long start = System.nanoTime();
            data.generate();
            generation = System.nanoTime() - start;
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM problem_report", Long.class))
                .isGreaterThanOrEqualTo(BenchmarkData.REPORTS);
        Map<String, MetricsFilter> scenarios = new LinkedHashMap<>();
        scenarios.put("last 30 days", MetricsFilter.lastDays(now, 30));
        scenarios.put("last 365 days", MetricsFilter.lastDays(now, 365));
        scenarios.put("last 3 years", MetricsFilter.lastDays(now, 3 * 365));
        MetricsFilter year = MetricsFilter.lastDays(now, 365);
        scenarios.put("365 days, SEV2 + webmail", new MetricsFilter(year.from(), year.to(), Severity.SEV2,
                MailService.WEBMAIL, null));
        StringBuilder report = new StringBuilder(String.format("Metrics dashboard benchmark %s: %d incidents, %d"
                + " reports, %d warm-up + %d runs per scenario%s%n", now, BenchmarkData.INCIDENTS, BenchmarkData.REPORTS,
                WARM_UP, RUNS, generation == 0 ? "" : String.format(", data generated in %.0f s", generation / 1e9)));
        SignedIn.as(accounts, "manager@demo.local", () -> scenarios.forEach((name, filter) -> {
            for (int i = 0; i < WARM_UP; i++) {
                metrics.dashboard(filter);
            }
            double[] millis = new double[RUNS];
            Dashboard last = null;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                last = metrics.dashboard(filter);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            report.append(String.format("| %s | %d incidents | median %.1f ms | p95 %.1f ms | max %.1f ms |%n", name,
                    last.incidents(), millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1]));
        }));
        System.out.print(report);
        Files.writeString(Path.of("target", "metrics-benchmark.txt"), report);
    }
}
