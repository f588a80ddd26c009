package org.outagedesk.notification.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.NewStatusUpdate;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.outagedesk.report.TestPeople;
import org.springframework.jdbc.core.JdbcTemplate;

/** People, an incident they reported, and updates posted by it@demo.local, for the communication tests. */
public record CommunicationsFixture(JdbcTemplate jdbc, AccountService accounts, ReportService reports,
        IncidentService incidents, StatusUpdateService updates) {

    public static final String STAFF = "it@demo.local";

    /** A verified end user with a language (es or en) and whether they want every public update. */
    public void person(String email, String language, boolean allPublicUpdates) {
        TestPeople.insertEndUser(jdbc, email, email.substring(0, email.indexOf('@')), "Dept", "Site");
        jdbc.update("update user_account set language = ?, all_public_updates = ? where email = ?", language,
                allPublicUpdates, email);
    }

    /** An incident opened by IT from one report of each reporter. */
    public IncidentDetails incidentReportedBy(String title, String... reporters) {
        List<Long> reportIds = java.util.Arrays.stream(reporters).map(email -> TestPeople.reportAs(accounts, reports,
                email, Symptom.CANNOT_SEND, MailClient.WEBMAIL, "550 relay denied", Instant.now()).id()).toList();
        return asStaff(() -> incidents.open(new NewIncident(title, null, EnumSet.of(MailService.OUTBOUND_SMTP),
                Scope.GROUP, Severity.SEV2, reportIds)));
    }

    public StatusUpdate postPublic(long incidentId, String message, Instant eta, String workaround) {
        return asStaff(() -> updates.post(incidentId, new NewStatusUpdate(PublicStatus.IDENTIFIED, message, eta,
                workaround, UpdateAudience.PUBLIC)));
    }

    public <T> T asStaff(java.util.function.Supplier<T> action) {
        SignedIn.as(accounts, STAFF);
        try {
            return action.get();
        } finally {
            SignedIn.out();
        }
    }

    /** Outbox rows of an update per status, e.g. {@code {SENT=4}}. */
    java.util.Map<String, Long> statuses(long updateId, String channel) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("select status, count(*) n from outbox_message where update_id = ? and channel = ? group by status",
                rs -> {
                    counts.put(rs.getString("status"), rs.getLong("n"));
                }, updateId, channel);
        return counts;
    }
}
