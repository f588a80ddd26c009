package org.outagedesk.incident;

import java.util.List;
import java.util.Locale;

/**
 * Where triage learns about monitoring signals without depending on who produces them: other
 * modules (the probe module) implement this; with no implementation, triage shows reports only.
 * Producers publish on {@link IncidentTopics#TRIAGE_SIGNALS} when their signals change.
 */
public interface TriageSignals {

    /** The signals to show now, worst first, their words in {@code language}. */
    List<TriageSignal> current(Locale language);
}
