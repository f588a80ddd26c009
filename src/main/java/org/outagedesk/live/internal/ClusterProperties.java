package org.outagedesk.live.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Running on more than one node ({@code outagedesk.cluster.*}). Off by default: one node needs
 * none of it, and no Hazelcast member is started.
 *
 * @param enabled start an embedded Hazelcast member that carries live events and presence to the other nodes
 * @param name cluster name; only members with the same name join each other
 * @param port the port this member listens on for the other members (TCP)
 * @param members the other members (and this one), {@code host:port}, comma-separated; multicast and
 *     auto-detection stay off, so this list is the only way members find each other
 * @param interfaces addresses (wildcards like {@code 10.0.0.*} allowed) the member binds to and
 *     announces; empty = Hazelcast's choice on all interfaces
 * @param joinTimeoutSeconds how long to wait for a listed member to answer when joining
 */
@ConfigurationProperties("outagedesk.cluster")
record ClusterProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("outagedesk") String name,
        @DefaultValue("5701") int port,
        @DefaultValue List<String> members,
        @DefaultValue List<String> interfaces,
        @DefaultValue("3") int joinTimeoutSeconds) {}
