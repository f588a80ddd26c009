package org.outagedesk.incident;

import java.util.List;

/**
 * One reason behind a suggestion, to be rendered in the reader's language: a message key
 * ({@code triage.reason.*}) and its values (people, sites, percentages, thresholds, or codes and
 * domains, which read the same in every language).
 */
public record ScopeReason(String key, List<Object> arguments) {

    public ScopeReason {
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
