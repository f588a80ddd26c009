package org.outagedesk.metrics;

/** The response-time metrics; each is a span between two of an incident's milestones. */
public enum Metric {
    /** Mean time to detect: detected − impact started. */
    MTTD,
    /** Mean time to acknowledge: acknowledged − detected. */
    MTTA,
    /** Mean time to mitigate: mitigated − impact started. */
    MTTM,
    /** Mean time to resolve: resolved − impact started. */
    MTTR
}
