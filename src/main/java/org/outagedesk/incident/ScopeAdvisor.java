package org.outagedesk.incident;

/**
 * Suggests scope and severity for a group of similar reports: scope from how widespread it
 * is, severity from scope × impact (like an urgency × impact matrix). Pure; staff confirm or
 * override the suggestion.
 */
public final class ScopeAdvisor {

    private final TriageProperties properties;

    public ScopeAdvisor(TriageProperties properties) {
        this.properties = properties;
    }

    /** One reporter is one user; a large share of users or many sites is everyone; else a group. */
    public Scope scope(int reporters, int sites, long activeUsers) {
        if (reporters <= 1) {
            return Scope.SINGLE_USER;
        }
        if (sites >= properties.allUsersSites() || share(reporters, activeUsers) >= properties.allUsersShare()) {
            return Scope.ALL_USERS;
        }
        return Scope.GROUP;
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
