package org.outagedesk.notification.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.outagedesk.OutageDeskApplication;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.report.ReportService;
import org.outagedesk.testsupport.RequiredServices;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts the whole application as a process would (its own context, web server on a free port)
 * on a given MariaDB database and SMTP port, so a test can stop it and start a new one on the
 * same database. The SMTP port is an outside GreenMail the test starts and stops itself.
 */
final class RestartedApplication {

    private RestartedApplication() {}

    static ConfigurableApplicationContext start(String databaseUrl, int smtpPort) {
        return new SpringApplicationBuilder(OutageDeskApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + RequiredServices.MARIADB_USER,
                "--spring.datasource.password=" + RequiredServices.MARIADB_PASSWORD,
                "--outagedesk.demo.mail-server.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--outagedesk.notifications.claim-timeout=3s",
                "--spring.jmx.enabled=false");
    }

    static CommunicationsFixture fixture(ConfigurableApplicationContext app) {
        return new CommunicationsFixture(app.getBean(JdbcTemplate.class), app.getBean(AccountService.class),
                app.getBean(ReportService.class), app.getBean(IncidentService.class),
                app.getBean(StatusUpdateService.class));
    }


    static GreenMail smtp(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /** E-mail recipients of an update's outbox rows. */
    static List<String> emailRecipients(JdbcTemplate jdbc, long updateId) {
        return jdbc.queryForList("select recipient from outbox_message where update_id = ? and channel = 'EMAIL'",
                String.class, updateId).stream().map(address -> address.toLowerCase(Locale.ROOT)).toList();
    }

    /** How many mails each address received. */
    /** Mails per address, not counting the receipt every reporter gets when they report. */
    static Map<String, Long> receivedPerAddress(GreenMail server) {
        Map<String, Long> counts = new TreeMap<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                String subject = String.valueOf(message.getSubject());
                if (subject.startsWith("We received your report") || subject.startsWith("Hemos recibido su aviso")) {
                    continue;
                }
                Arrays.stream(message.getAllRecipients()).map(address -> address.toString().toLowerCase(Locale.ROOT))
                        .forEach(address -> counts.merge(address, 1L, Long::sum));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    static List<MimeMessage> receivedBy(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients())
                        .anyMatch(to -> to.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
