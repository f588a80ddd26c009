package org.outagedesk.status;

/** A maintenance window reached a phase people are told about: scheduled, started, or completed. */
public record MaintenanceAnnounced(MaintenanceWindow window, MaintenanceState phase) {}
