package org.outagedesk.status;

/** Where a maintenance window is; it moves by itself with the clock, except when cancelled. */
public enum MaintenanceState {
    SCHEDULED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
}
