package org.outagedesk.incident;

import java.time.Instant;
import java.util.Set;

/** One change to an incident; each is written to the timeline with the value before and after. */
public sealed interface IncidentEdit {

    record ChangeTitle(String title) implements IncidentEdit {}

    record ChangeDescription(String description) implements IncidentEdit {}

    record ChangePhase(Phase phase) implements IncidentEdit {}

    record ChangeScope(Scope scope) implements IncidentEdit {}

    record ChangeSeverity(Severity severity) implements IncidentEdit {}

    record ChangeServices(Set<MailService> services) implements IncidentEdit {}

    record ChangeEta(Instant eta) implements IncidentEdit {}

    record ChangePublicStatus(PublicStatus status) implements IncidentEdit {}

    record ChangePublicTitle(String publicTitle) implements IncidentEdit {}

    /** Gives a role to a person, or takes it away with {@code accountId == null}. */
    record AssignRole(String role, Long accountId) implements IncidentEdit {}

    /** Sets or clears one of the metrics timestamps. */
    record ChangeMilestone(Milestone milestone, Instant at) implements IncidentEdit {}
}
