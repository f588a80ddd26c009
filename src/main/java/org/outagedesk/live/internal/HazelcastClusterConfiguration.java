package org.outagedesk.live.internal;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.HazelcastInstance;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.Presence;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * With {@code outagedesk.cluster.enabled=true}: the embedded Hazelcast member's configuration
 * (Spring Boot starts the member from it), and the bus and presence that use it. TCP member
 * list only: no multicast, no cloud auto-detection, no phone-home, nothing downloaded.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("outagedesk.cluster.enabled")
class HazelcastClusterConfiguration {

    @Bean
    Config hazelcastConfig(ClusterProperties cluster) {
        Config config = new Config();
        config.setClusterName(cluster.name());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        config.setProperty("hazelcast.socket.bind.any", String.valueOf(cluster.interfaces().isEmpty()));
        config.getJetConfig().setEnabled(false);

        NetworkConfig network = config.getNetworkConfig();
        network.setPort(cluster.port()).setPortAutoIncrement(false);
        if (!cluster.interfaces().isEmpty()) {
            network.getInterfaces().setEnabled(true).setInterfaces(cluster.interfaces());
        }
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(cluster.members())
                .setConnectionTimeoutSeconds(cluster.joinTimeoutSeconds());
        return config;
    }

    @Bean
    @Primary
    LiveBus clusterLiveBus(HazelcastInstance hazelcast, InMemoryLiveBus local) {
        return new ClusterLiveBus(hazelcast, local, new LiveMessageCodec());
    }

    @Bean
    Presence clusterPresence(HazelcastInstance hazelcast, InMemoryLiveBus local) {
        return new ClusterPresence(hazelcast, local, new LiveMessageCodec());
    }
}
