package org.outagedesk.incident;

import java.util.List;
import java.util.Set;

/** What opening an incident from triage takes; usually prefilled from the scope suggestion. */
public record NewIncident(
        String title,
        String description,
        Set<MailService> services,
        Scope scope,
        Severity severity,
        List<Long> reportIds) {}
