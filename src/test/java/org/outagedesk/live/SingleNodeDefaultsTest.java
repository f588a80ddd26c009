package org.outagedesk.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.ClusterLease;
import org.outagedesk.report.ReportSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Without {@code outagedesk.cluster.enabled} the live module stays in the JVM and no Hazelcast member starts. */
@ReportSpringTest
class SingleNodeDefaultsTest {

    @Autowired ApplicationContext context;
    @Autowired LiveBus bus;
    @Autowired Presence presence;
    @Autowired ClusterLease lease;

    @Test
    void noHazelcastMemberIsStartedAndTheInJvmPathIsUsed() {
        assertThat(context.getBeanNamesForType(HazelcastInstance.class)).isEmpty();
        assertThat(Hazelcast.getAllHazelcastInstances()).isEmpty();
        assertThat(context.getBeansOfType(LiveBus.class)).hasSize(1);
        assertThat(bus.getClass().getSimpleName()).isEqualTo("InMemoryLiveBus");
        assertThat(presence.getClass().getSimpleName()).isEqualTo("InMemoryPresence");
    }

    @Test
    void aLeaseRunsTheJobOnceUntilItRunsOut() {
        AtomicInteger runs = new AtomicInteger();

        boolean first = lease.runIfLeader("single-node-test", Duration.ofMinutes(5), runs::incrementAndGet);
        boolean second = lease.runIfLeader("single-node-test", Duration.ofMinutes(5), runs::incrementAndGet);
        boolean otherJob = lease.runIfLeader("single-node-other", Duration.ofMinutes(5), runs::incrementAndGet);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(otherJob).isTrue();
        assertThat(runs).hasValue(2);
    }
}
