package org.outagedesk.probe.internal;

import java.util.List;
import org.outagedesk.probe.ProbeError;
import org.outagedesk.probe.ProbeStep;

/** What a probe found, before it is recorded. */
record ProbeOutcome(boolean success, ProbeError error, String message, long totalMillis, Integer certificateDaysLeft,
        List<ProbeStep> steps) {}
