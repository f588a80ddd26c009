package org.outagedesk.metrics;

import java.util.List;

/** The managers' metrics, read from the metrics read model. Managers, admins and IT staff may read. */
public interface MetricsService {

    Dashboard dashboard(MetricsFilter filter);

    /** Finalised reviews of the filter's incidents, newest impact first. */
    List<ReviewOutcome> reviewOutcomes(MetricsFilter filter);

    /** The filter's incidents with their own MTTD, MTTA, MTTM and MTTR, newest impact first. */
    List<IncidentFigures> incidentFigures(MetricsFilter filter);

    /** Rebuilds the incident part of the read model from the incident module; answers how many incidents. */
    int rebuild();
}
