package org.outagedesk.incident.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.outagedesk.base.PlainText;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.IncidentSummary;
import org.outagedesk.incident.RoleHolder;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.Symptom;

/** A mail outage being handled. Guards its rules: only open incidents change; titles are required. */
@Entity
@Table(name = "incident")
class Incident extends IncidentFields {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_service", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "service")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<MailService> services = EnumSet.noneOf(MailService.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_symptom", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "symptom")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_client", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "client")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<MailClient> clients = EnumSet.noneOf(MailClient.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_role", joinColumns = @JoinColumn(name = "incident_id"))
    private Set<RoleAssignment> roles = new HashSet<>();

    @Version
    private long version;

    protected Incident() {}

    Incident(String title, String description, Set<MailService> services, Scope scope, Severity severity,
            Instant now) {
        super(requiredTitle(title), optionalText(description), scope, severity, now);
        this.services.addAll(services);
    }

    Long id() {
        return id;
    }

    String reference() {
        return IncidentDetails.referenceOf(id);
    }

    long version() {
        return version;
    }

    Set<MailService> services() {
        return Set.copyOf(services);
    }

    Set<Symptom> symptoms() {
        return Set.copyOf(symptoms);
    }

    Set<MailClient> clients() {
        return Set.copyOf(clients);
    }

    Set<RoleAssignment> roles() {
        return Set.copyOf(roles);
    }

    /** Remembers what linked reports said, so known-outage matching needs no report query. */
    void remember(Collection<Symptom> reportedSymptoms, Collection<MailClient> reportedClients) {
        symptoms.addAll(reportedSymptoms);
        clients.addAll(reportedClients);
    }

    FieldChange changeServices(Set<MailService> next) {
        requireOpen();
        if (next == null || next.isEmpty()) {
            throw new IncidentException("incident.error.services-required");
        }
        FieldChange change = new FieldChange("services", MailService.join(services), MailService.join(next));
        services.clear();
        services.addAll(next);
        return change;
    }

    FieldChange assign(String role, Long accountId, String accountName) {
        requireOpen();
        if (role == null || role.isBlank() || role.length() > 64) {
            throw new IncidentException("incident.error.role-name");
        }
        RoleAssignment before = roles.stream().filter(held -> held.roleName().equals(role)).findFirst().orElse(null);
        roles.removeIf(held -> held.roleName().equals(role));
        if (accountId != null) {
            roles.add(new RoleAssignment(role, accountId, accountName));
        }
        return new FieldChange("role." + role, before == null ? null : before.accountName(), accountName);
    }

    /** Merges what the merged incident knew into this survivor. */
    void absorb(Incident merged) {
        requireOpen();
        symptoms.addAll(merged.symptoms);
        clients.addAll(merged.clients);
        services.addAll(merged.services);
        addReports(merged.reportCount());
    }

    void mergeInto(Incident survivor, Instant now) {
        requireOpen();
        markMerged(survivor.id(), now);
    }

    Map<Milestone, Instant> milestones() {
        Map<Milestone, Instant> milestones = new EnumMap<>(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            if (milestone(milestone) != null) {
                milestones.put(milestone, milestone(milestone));
            }
        }
        return milestones;
    }

    IncidentDetails details() {
        return new IncidentDetails(id, reference(), title(), description(), services(), scope(), severity(), phase(),
                state(), mergedIntoId(), roleHolders(), eta(), publicStatus(), publicTitle(), milestones(),
                reportCount(), createdAt(), updatedAt(), lastChangedByName(), version);
    }

    IncidentSummary summary() {
        RoleAssignment commander = roles.stream()
                .filter(role -> role.roleName().equals(IncidentRoles.COMMANDER)).findFirst().orElse(null);
        return new IncidentSummary(id, reference(), title(), services(), scope(), severity(), phase(), state(),
                reportCount(), commander == null ? null : commander.accountName(),
                milestone(Milestone.IMPACT_STARTED), createdAt(), version);
    }

    /** Commander first, then communications lead, then other roles by name. */
    private List<RoleHolder> roleHolders() {
        List<String> standard = List.of(IncidentRoles.COMMANDER, IncidentRoles.COMMUNICATIONS_LEAD);
        Comparator<RoleAssignment> order = Comparator.comparingInt((RoleAssignment role) -> {
            int index = standard.indexOf(role.roleName());
            return index < 0 ? standard.size() : index;
        }).thenComparing(RoleAssignment::roleName);
        return roles.stream().sorted(order)
                .map(role -> new RoleHolder(role.roleName(), role.accountId(), role.accountName())).toList();
    }

    static String requiredTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IncidentException("incident.error.title-required");
        }
        return singleLine(title);
    }

    /** A title-like text on one line: no control characters, at most {@link #MAX_TITLE} characters. */
    static String singleLine(String text) {
        if (!PlainText.isSingleLine(text)) {
            throw new IncidentException("incident.error.control-characters");
        }
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value != null && value.length() > MAX_TITLE) {
            throw new IncidentException("incident.error.too-long", MAX_TITLE);
        }
        return value;
    }

    static String optionalText(String text) {
        return optionalText(text, MAX_TEXT);
    }

    /** Free text: CR LF becomes LF, newline and tab allowed, other control characters refused. */
    static String optionalText(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!PlainText.isMultiLine(text)) {
            throw new IncidentException("incident.error.control-characters");
        }
        String value = PlainText.normaliseNewlines(text.strip());
        if (value.length() > max) {
            throw new IncidentException("incident.error.too-long", max);
        }
        return value;
    }
}
