package org.outagedesk.incident.internal;

import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.incident.IncidentMerged;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.report.ReportService;
import org.springframework.stereotype.Component;

/**
 * Merges a duplicate incident into a survivor: its reports move, its timeline is copied (each
 * copy saying where it came from), the survivor absorbs what it knew, and the merged one
 * becomes MERGED with a pointer, so metrics can leave it out. Runs inside the service's transaction.
 */
@Component
class IncidentMerger {

    private final TimelineRepository timeline;
    private final IncidentRecorder recorder;
    private final ReportService reportService;

    IncidentMerger(TimelineRepository timeline, IncidentRecorder recorder, ReportService reportService) {
        this.timeline = timeline;
        this.recorder = recorder;
        this.reportService = reportService;
    }

    IncidentDetails merge(Actor actor, long mergedId, long mergedVersion, long survivorId) {
        if (mergedId == survivorId) {
            throw new IncidentException("incident.error.merge-self");
        }
        Incident merged = recorder.load(mergedId, mergedVersion);
        Incident survivor = recorder.load(survivorId);
        merged.requireOpen();
        survivor.requireOpen();
        reportService.moveAll(mergedId, survivorId);
        for (TimelineEntry entry : timeline.findByIncidentIdOrderByIdAsc(mergedId)) {
            timeline.save(entry.copyTo(survivorId));
        }
        survivor.absorb(merged);
        recorder.changed(survivor, actor, TimelineKind.MERGED_FROM,
                new FieldChange("merged", null, merged.reference()), merged.title());
        recorder.changed(merged, actor, TimelineKind.MERGED_INTO,
                new FieldChange("mergedInto", null, survivor.reference()), survivor.title());
        merged.mergeInto(survivor, recorder.now());
        recorder.publish(new IncidentMerged(mergedId, survivorId, actor.id()));
        recorder.flush(merged);
        return recorder.flush(survivor).details();
    }
}
