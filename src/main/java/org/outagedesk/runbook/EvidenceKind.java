package org.outagedesk.runbook;

/** What a piece of evidence is; probe results arrive with the probe module. */
public enum EvidenceKind {
    TEXT,
    LINK,
    FILE,
    PROBE
}
