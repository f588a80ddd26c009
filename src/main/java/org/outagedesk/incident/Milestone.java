package org.outagedesk.incident;

/** The timestamps kept for metrics (MTTD, MTTA, MTTR); changing one is recorded in the timeline. */
public enum Milestone {
    IMPACT_STARTED,
    DETECTED,
    ACKNOWLEDGED,
    MITIGATED,
    RESOLVED,
    CLOSED
}
