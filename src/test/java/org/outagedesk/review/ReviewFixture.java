package org.outagedesk.review;

import java.util.EnumSet;
import java.util.List;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.TestPeople;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds what the review tests start from: resolved incidents with a commander, staff in a team. */
public record ReviewFixture(JdbcTemplate jdbc, AccountService accounts, IncidentService incidents) {

    /** A resolved incident whose commander is {@code commanderEmail}; leaves that person signed in. */
    public IncidentDetails resolvedIncident(String title, Severity severity, String commanderEmail) {
        SignedIn.as(accounts, commanderEmail);
        IncidentDetails incident = incidents.open(new NewIncident(title, null, EnumSet.of(MailService.INBOUND),
                Scope.ALL_USERS, severity, List.of()));
        long commander = accountId(commanderEmail);
        incident = incidents.change(incident.id(), incident.version(),
                new IncidentEdit.AssignRole(IncidentRoles.COMMANDER, commander));
        return incidents.resolve(incident.id(), incident.version());
    }

    /** An enabled IT staff account in {@code department}; its address is new to the run. */
    public long staff(String email, String name, String department) {
        TestPeople.insertEndUser(jdbc, email, name, department, "Madrid");
        long id = accountId(email);
        jdbc.update("insert into account_role (account_id, role) values (?, 'IT_STAFF')", id);
        return id;
    }

    public long accountId(String email) {
        return accounts.findLoginAccount(email).orElseThrow().id();
    }
}
