package org.outagedesk.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything about one incident. {@code version} is what a change command must carry back,
 * so an edit made on stale state is refused instead of overwriting someone else's.
 */
public record IncidentDetails(
        long id,
        String reference,
        String title,
        String description,
        Set<MailService> services,
        Scope scope,
        Severity severity,
        Phase phase,
        IncidentState state,
        Long mergedIntoId,
        List<RoleHolder> roles,
        Instant eta,
        PublicStatus publicStatus,
        String publicTitle,
        Map<Milestone, Instant> milestones,
        int reportCount,
        Instant createdAt,
        Instant updatedAt,
        String lastChangedBy,
        long version) {

    /** The reference people use for an incident, e.g. {@code INC-12}. */
    public static String referenceOf(long incidentId) {
        return "INC-" + incidentId;
    }

    public boolean open() {
        return state == IncidentState.OPEN;
    }

    public Instant milestone(Milestone milestone) {
        return milestones.get(milestone);
    }

    /** The holder of a role, or {@code null}. */
    public RoleHolder role(String role) {
        return roles.stream().filter(holder -> holder.role().equals(role)).findFirst().orElse(null);
    }
}
