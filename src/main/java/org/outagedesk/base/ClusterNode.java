package org.outagedesk.base;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name of this application node, as recorded in scheduler leases and outbox claims:
 * {@code outagedesk.cluster.node-name}, or by default the host name plus a random suffix
 * that is new at every start (two nodes on one host never share a name).
 */
@Component
public class ClusterNode {

    private final String name;

    ClusterNode(@Value("${outagedesk.cluster.node-name:}") String configured) {
        this.name = configured.isBlank() ? hostName() + "-" + randomSuffix() : configured.strip();
    }

    public String name() {
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }

    private static String randomSuffix() {
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
