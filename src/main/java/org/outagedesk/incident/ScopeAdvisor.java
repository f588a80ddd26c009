package org.outagedesk.incident;

import java.util.List;

/**
 * Suggests scope and severity for a group of similar reports: scope from how widespread it
 * is, severity from scope × impact (like an urgency × impact matrix), and the reason in words
 * staff can check. Pure; the one rule behind the triage cards and the open-incident dialog
 * alike; staff confirm or override the suggestion.
 */
public final class ScopeAdvisor {

    /** A suggested scope and severity with the reason for the scope. */
    public record Suggestion(Scope scope, Severity severity, ScopeReason reason) {}

    private final TriageProperties properties;

    public ScopeAdvisor(TriageProperties properties) {
        this.properties = properties;
    }

    /** The suggestion for reports from {@code reporters} people at {@code sites} sites, of a symptom's impact. */
    public Suggestion suggest(int reporters, int sites, long activeUsers, Impact impact) {
        if (reporters <= 1) {
            return suggestion(Scope.SINGLE_USER, impact, "triage.reason.one-reporter");
        }
        double share = share(reporters, activeUsers);
        if (sites >= properties.allUsersSites()) {
            return suggestion(Scope.ALL_USERS, impact, "triage.reason.sites", reporters, sites,
                    properties.allUsersSites());
        }
        if (share >= properties.allUsersShare()) {
            return suggestion(Scope.ALL_USERS, impact, "triage.reason.share", reporters, activeUsers,
                    percent(share), percent(properties.allUsersShare()));
        }
        return suggestion(Scope.GROUP, impact, "triage.reason.group", reporters, sites, percent(share),
                percent(properties.allUsersShare()), properties.allUsersSites());
    }

    /** One reporter is one user; a large share of users or many sites is everyone; else a group. */
    public Scope scope(int reporters, int sites, long activeUsers) {
        return suggest(reporters, sites, activeUsers, Impact.LOW).scope();
    }

    private static Suggestion suggestion(Scope scope, Impact impact, String reasonKey, Number... arguments) {
        return new Suggestion(scope, severity(scope, impact), new ScopeReason(reasonKey, List.of(arguments)));
    }

    /** A share as a percentage with one decimal, e.g. 0.3333 → 33.3. */
    public static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    /** The severity matrix: rows are scope, columns impact. */
    public static Severity severity(Scope scope, Impact impact) {
        return switch (scope) {
            case ALL_USERS -> switch (impact) {
                case HIGH -> Severity.SEV1;
                case MEDIUM -> Severity.SEV2;
                case LOW -> Severity.SEV4;
            };
            case GROUP -> switch (impact) {
                case HIGH -> Severity.SEV2;
                case MEDIUM -> Severity.SEV3;
                case LOW -> Severity.SEV4;
            };
            case SINGLE_USER -> impact == Impact.HIGH ? Severity.SEV3 : Severity.SEV4;
        };
    }

    /** Reporters as a share of active users (0 when nobody is active, to avoid dividing by zero). */
    public static double share(int reporters, long activeUsers) {
        return activeUsers <= 0 ? 0 : Math.min(1.0, (double) reporters / activeUsers);
    }
}
