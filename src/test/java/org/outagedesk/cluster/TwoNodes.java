package org.outagedesk.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import java.util.UUID;
import org.outagedesk.OutageDeskApplication;
import org.outagedesk.testsupport.FreePort;
import org.outagedesk.testsupport.MariaDbTestDatabase;
import org.outagedesk.testsupport.RequiredServices;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two complete application nodes in this JVM, each on its own random HTTP port, sharing one fresh
 * MariaDB database and one SMTP server (GreenMail), joined into one Hazelcast cluster over
 * loopback with a TCP member list (each other's ports).
 */
final class TwoNodes implements AutoCloseable {

    final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    final ConfigurableApplicationContext a;
    final ConfigurableApplicationContext b;

    TwoNodes() {
        smtp.start();
        String database = MariaDbTestDatabase.freshUrl();
        String cluster = "outagedesk-it-" + UUID.randomUUID();
        int portA = FreePort.any();
        int portB = FreePort.any();
        String members = "127.0.0.1:" + portA + ",127.0.0.1:" + portB;
        a = start("node-a", portA, members, cluster, database);
        b = start("node-b", portB, members, cluster, database);
    }

    private ConfigurableApplicationContext start(String name, int clusterPort, String members, String cluster,
            String database) {
        return new SpringApplicationBuilder(OutageDeskApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + RequiredServices.MARIADB_USER,
                "--spring.datasource.password=" + RequiredServices.MARIADB_PASSWORD,
                "--outagedesk.demo.mail-server.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--outagedesk.cluster.enabled=true",
                "--outagedesk.cluster.name=" + cluster,
                "--outagedesk.cluster.node-name=" + name,
                "--outagedesk.cluster.port=" + clusterPort,
                "--outagedesk.cluster.members=" + members,
                "--outagedesk.cluster.interfaces=127.0.0.1");
    }

    /** Points the static security holder at this node's strategy, as a request on that node would see it. */
    static <T> T on(ConfigurableApplicationContext node, Class<T> type) {
        node.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        return node.getBean(type);
    }

    static int httpPort(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }


    @Override
    public void close() {
        for (ConfigurableApplicationContext node : List.of(b, a)) {
            node.close();
        }
        smtp.stop();
    }
}
