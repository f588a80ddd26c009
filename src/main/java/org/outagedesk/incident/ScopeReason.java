package org.outagedesk.incident;

import java.util.List;

/**
 * Why a scope was suggested, to be rendered in the reader's language: a message key
 * ({@code triage.reason.*}) and its numbers (people, sites, active users, percentages, thresholds).
 */
public record ScopeReason(String key, List<Number> arguments) {

    public ScopeReason {
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
