package org.outagedesk.review;

/** Where the root cause of an outage lay; chosen in the review and counted by the metrics. */
public enum CauseCategory {
    HARDWARE,
    NETWORK,
    SOFTWARE_CONFIGURATION,
    CHANGE_UPDATE,
    CAPACITY,
    EXTERNAL_PROVIDER,
    SECURITY,
    HUMAN_ERROR,
    UNKNOWN
}
