package org.outagedesk.incident;

import java.util.List;

/** Reports left the triage queue: linked to an incident, declined or marked duplicate. */
public record ReportsTriaged(List<Long> reportIds, Long incidentId, Outcome outcome) {

    public enum Outcome {
        LINKED,
        DECLINED,
        DUPLICATE
    }
}
