package org.outagedesk.incident;

import java.util.List;
import org.outagedesk.mailerror.Side;

/**
 * Suggests scope and severity for a problem: scope from how widespread it is (people,
 * departments, sites, share of active users), from whose side the shared error usually is and
 * from failing probes of the same services; severity from scope × impact (like an urgency ×
 * impact matrix). The first reason is the one that decided the scope. Pure; the one rule behind
 * the triage cards, the open-incident dialog and the API alike; staff confirm or override it.
 */
public final class ScopeAdvisor {

    /** A suggested scope and severity with the reason that decided the scope first. */
    public record Suggestion(Scope scope, Severity severity, List<ScopeReason> reasons) {

        public Suggestion {
            reasons = List.copyOf(reasons);
        }

        /** The reason that decided the scope. */
        public ScopeReason reason() {
            return reasons.getFirst();
        }
    }

    private final TriageProperties properties;

    public ScopeAdvisor(TriageProperties properties) {
        this.properties = properties;
    }

    /** The suggestion for a problem spread as given. */
    public Suggestion suggest(Spread spread) {
        Suggestion decided = decide(spread);
        if (spread.failingProbes() > 0 && spread.serviceWide()
                && !decided.reason().key().equals("triage.reason.probes")) {
            return new Suggestion(decided.scope(), decided.severity(), List.of(decided.reason(),
                    reason("triage.reason.probes-too", spread.failingProbes())));
        }
        return decided;
    }

    private Suggestion decide(Spread spread) {
        boolean probes = spread.failingProbes() > 0 && spread.serviceWide();
        if (spread.reporters() <= 1) {
            if (probes) {
                return suggestion(Scope.ALL_USERS, spread, "triage.reason.probes", spread.failingProbes());
            }
            return suggestion(Scope.SINGLE_USER, spread, spread.side() == Side.USER
                    ? "triage.reason.user-side" : "triage.reason.one-reporter");
        }
        double share = share(spread.reporters(), spread.activeUsers());
        if (spread.sites() >= properties.allUsersSites()) {
            return suggestion(Scope.ALL_USERS, spread, "triage.reason.sites", spread.reporters(), spread.sites(),
                    properties.allUsersSites());
        }
        if (spread.departments() >= properties.allUsersDepartments()) {
            return suggestion(Scope.ALL_USERS, spread, "triage.reason.departments", spread.reporters(),
                    spread.departments(), properties.allUsersDepartments());
        }
        if (share >= properties.allUsersShare()) {
            return suggestion(Scope.ALL_USERS, spread, "triage.reason.share", spread.reporters(),
                    spread.activeUsers(), percent(share), percent(properties.allUsersShare()));
        }
        if (probes) {
            return suggestion(Scope.ALL_USERS, spread, "triage.reason.probes", spread.failingProbes());
        }
        return suggestion(Scope.GROUP, spread, "triage.reason.group", spread.reporters(), spread.departments(),
                spread.sites(), percent(share), percent(properties.allUsersShare()), properties.allUsersSites(),
                properties.allUsersDepartments());
    }

    /** The scope alone, for people's reports without an error or probes. */
    public Scope scope(int reporters, int departments, int sites, long activeUsers) {
        return suggest(Spread.ofReports(reporters, departments, sites, activeUsers, Impact.LOW)).scope();
    }

    private static Suggestion suggestion(Scope scope, Spread spread, String reasonKey, Object... arguments) {
        return new Suggestion(scope, severity(scope, spread.impact()), List.of(reason(reasonKey, arguments)));
    }

    private static ScopeReason reason(String key, Object... arguments) {
        return new ScopeReason(key, List.of(arguments));
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
