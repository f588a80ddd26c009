package org.outagedesk.base;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link ClusterLease} on ShedLock's JDBC provider: one row per job in {@code scheduler_lease}. */
@Component
class ShedLockClusterLease implements ClusterLease {

    private static final Duration SHORTEST = Duration.ofSeconds(1);

    private final LockingTaskExecutor executor;
    private final Clock clock;

    ShedLockClusterLease(JdbcTemplate jdbc, ClusterNode node, Clock clock) {
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(jdbc)
                        .withTableName("scheduler_lease")
                        .withLockedByValue(node.name())
                        .usingDbTime()
                        .build()));
        this.clock = clock;
    }

    @Override
    public boolean runIfLeader(String name, Duration lease, Runnable job) {
        if (lease.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException("A lease shorter than one second cannot keep other nodes out: " + lease);
        }
        try {
            return executor.executeWithLock(() -> {
                job.run();
                return null;
            }, new LockConfiguration(clock.instant(), name, lease, lease)).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Job " + name + " failed", e);
        }
    }
}
