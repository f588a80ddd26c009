package org.outagedesk.status;

import java.util.List;

/**
 * Planned maintenance windows. IT staff schedule, change and cancel them; everyone signed in reads
 * the ones announced for them. Refusals are {@link MaintenanceException}s.
 */
public interface MaintenanceService {

    MaintenanceWindow schedule(MaintenanceDraft draft);

    /** Changes a window that has not ended, if it is still at {@code expectedVersion}. */
    MaintenanceWindow change(long windowId, long expectedVersion, MaintenanceDraft draft);

    /** How long before it starts a window shows on the page and the banner. */
    java.time.Duration notice();

    /** Cancels a window that has not ended. */
    void cancel(long windowId);

    /** Windows not ended more than 30 days ago, and cancelled ones, soonest start first (IT staff). */
    List<MaintenanceWindow> recent();

    /**
     * Windows shown now (in progress, or starting within the notice time) to the person signed in:
     * public ones to everyone, management ones also to managers, internal ones to IT staff too.
     */
    List<MaintenanceWindow> shownToMe();
}
