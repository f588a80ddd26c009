package org.outagedesk.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.outagedesk.OutageDeskApplication;
import org.outagedesk.account.AccountService;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.outagedesk.report.TestPeople;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the app with a mail outage under way (colleagues' reports, three incidents in different
 * phases), to look at and screenshot the triage queue, board and incident page:
 * {@code ./mvnw spring-boot:test-run -Dspring-boot.run.main-class=org.outagedesk.incident.IncidentDemoApplication}.
 */
public final class IncidentDemoApplication {

    private IncidentDemoApplication() {}

    public static void main(String[] args) {
        SpringApplication.from(OutageDeskApplication::main).with(DemoOutage.class).run(args);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class DemoOutage {

        static final String[][] PEOPLE = {
                {"ana", "Ana Ruiz", "Finanzas", "Madrid"}, {"jorge", "Jorge Martín", "Ventas", "Barcelona"},
                {"elena", "Elena Soto", "Ventas", "Madrid"}, {"pablo", "Pablo Díaz", "Legal", "Valencia"},
                {"sara", "Sara Núñez", "RR. HH.", "Madrid"}, {"diego", "Diego Vega", "Logística", "Sevilla"},
                {"nuria", "Nuria Gil", "Finanzas", "Barcelona"}, {"raul", "Raúl Ortega", "Compras", "Madrid"}};

        @Bean
        @Order(100)
        ApplicationRunner demoOutage(JdbcTemplate jdbc, AccountService accounts, ReportService reports,
                IncidentService incidents) {
            return args -> {
                Integer existing = jdbc.queryForObject("select count(*) from incident", Integer.class);
                if (existing != null && existing > 0) {
                    return;
                }
                for (String[] person : PEOPLE) {
                    TestPeople.insertEndUser(jdbc, person[0] + "@demo.local", person[1], person[2], person[3]);
                }
                Instant nineFifteen = Instant.now().minus(Duration.ofMinutes(48));
                List<ReportSummary> sending = List.of(
                        report(accounts, reports, "ana", Symptom.CANNOT_SEND, MailClient.DESKTOP_CLIENT,
                                "421 4.3.2 Service not available, closing transmission channel", nineFifteen),
                        report(accounts, reports, "jorge", Symptom.CANNOT_SEND, MailClient.DESKTOP_CLIENT,
                                "Outlook: Send/Receive error 0x800CCC0F", nineFifteen.plusSeconds(240)));
                report(accounts, reports, "elena", Symptom.CANNOT_SEND, MailClient.WEBMAIL,
                        "The message stays in Outbox and says 'server unavailable'", null);
                report(accounts, reports, "pablo", Symptom.CANNOT_SEND, MailClient.DESKTOP_CLIENT,
                        "421 4.3.2 Service not available", null);
                report(accounts, reports, "sara", Symptom.CANNOT_SEND, MailClient.DESKTOP_CLIENT, null, null);
                report(accounts, reports, "diego", Symptom.DELAYED, MailClient.MOBILE,
                        "Mail from customers arrives 30-40 minutes late on my phone", null);
                report(accounts, reports, "nuria", Symptom.DELAYED, MailClient.MOBILE, null, null);
                report(accounts, reports, "raul", Symptom.MAILBOX_FULL, MailClient.WEBMAIL,
                        "Your mailbox is almost full (98%)", null);
                ReportSummary login = report(accounts, reports, "user2", Symptom.LOGIN, MailClient.MOBILE,
                        "Password prompt keeps coming back on the iPhone", null);

                SignedIn.as(accounts, "it@demo.local");
                IncidentDetails smtp = incidents.open(new NewIncident("Outgoing mail refused by the relay",
                        "Submission on port 587 answers 421 since about 09:15; the relay was patched last night.",
                        EnumSet.of(MailService.OUTBOUND_SMTP), Scope.ALL_USERS, Severity.SEV1,
                        sending.stream().map(ReportSummary::id).toList()));
                long ivan = accounts.findLoginAccount("it@demo.local").orElseThrow().id();
                long priya = accounts.findLoginAccount("it2@demo.local").orElseThrow().id();
                smtp = incidents.change(smtp.id(), smtp.version(), new IncidentEdit.AssignRole(IncidentRoles.COMMANDER, ivan));
                smtp = incidents.change(smtp.id(), smtp.version(),
                        new IncidentEdit.AssignRole(IncidentRoles.COMMUNICATIONS_LEAD, priya));
                smtp = incidents.change(smtp.id(), smtp.version(), new IncidentEdit.ChangePhase(Phase.COMMUNICATION));
                incidents.addNote(smtp.id(), "Intranet banner posted; management told by phone. ETA 11:00.");
                smtp = incidents.change(smtp.id(), smtp.version(),
                        new IncidentEdit.ChangeEta(Instant.now().plus(Duration.ofMinutes(75))));
                smtp = incidents.change(smtp.id(), smtp.version(), new IncidentEdit.ChangePhase(Phase.TROUBLESHOOTING));
                incidents.addNote(smtp.id(), "Relay logs: TLS handshake fails since the 02:00 patch. Rolling back the "
                        + "OpenSSL update on mx1.");
                incidents.change(smtp.id(), smtp.version(), new IncidentEdit.ChangePublicStatus(PublicStatus.IDENTIFIED));

                IncidentDetails mobile = incidents.open(new NewIncident("Mobile sign-in loops after password change",
                        null, EnumSet.of(MailService.MOBILE_SYNC), Scope.GROUP, Severity.SEV3, List.of(login.id())));
                incidents.change(mobile.id(), mobile.version(), new IncidentEdit.AssignRole(IncidentRoles.COMMANDER, priya));
                SignedIn.as(accounts, "it2@demo.local");
                IncidentDetails calendar = incidents.open(new NewIncident("Shared calendars not updating",
                        null, EnumSet.of(MailService.CALENDAR), Scope.GROUP, Severity.SEV4, List.of()));
                calendar = incidents.change(calendar.id(), calendar.version(), new IncidentEdit.ChangePhase(Phase.FIX));
                SignedIn.out();
            };
        }

        private static ReportSummary report(AccountService accounts, ReportService reports, String who, Symptom symptom,
                MailClient client, String error, Instant startedAt) {
            return TestPeople.reportAs(accounts, reports, who + "@demo.local", symptom, client, error, startedAt);
        }
    }
}
