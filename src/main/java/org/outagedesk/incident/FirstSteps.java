package org.outagedesk.incident;

import java.util.List;
import java.util.Locale;
import org.outagedesk.mailerror.ErrorCategory;

/**
 * Which SOP checklist items to start with for a kind of failure (3.5 "Review the mail server
 * configuration" for a certificate error), without triage depending on who keeps the checklist:
 * the runbook module implements this; with no implementation, no steps are suggested.
 */
public interface FirstSteps {

    /**
     * The items to start with, in checklist order, titled in {@code language}.
     *
     * @param category the kind of failure the shared error is, or null when it was not recognised
     * @param probesFailing whether monitoring probes of the same services fail (a dead server or network
     *        when the error says nothing)
     */
    List<FirstStep> forFailure(ErrorCategory category, boolean probesFailing, Locale language);
}
