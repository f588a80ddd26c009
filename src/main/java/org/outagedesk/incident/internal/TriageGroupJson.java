package org.outagedesk.incident.internal;

import java.util.List;
import org.outagedesk.incident.FirstStep;
import org.outagedesk.incident.TriageGroup;
import org.outagedesk.mailerror.ErrorExplanation;
import org.outagedesk.mailerror.SignatureCodes;

/**
 * One triage group as {@code GET /api/v1/triage/groups} answers it: the same suggestion, reasons,
 * causes and first checklist items as the triage card, the words in the caller's language, codes and
 * enum names for programs.
 */
record TriageGroupJson(String symptom, List<String> clients, String errorText, List<Long> reports, int reporters,
        List<String> departments, List<String> sites, double share, String suggestedScope, String suggestedSeverity,
        String suggestion, List<String> reasons, SignatureCodes signature, String meaning, List<String> probableCauses,
        List<String> failingProbes, List<FirstStep> firstSteps) {

    static TriageGroupJson of(TriageGroup group, ErrorExplanation explanation, String suggestion, List<String> reasons,
            List<String> probableCauses, List<FirstStep> firstSteps) {
        return new TriageGroupJson(group.symptom().name(), group.clients().stream().map(Enum::name).toList(),
                group.errorText(), group.reportIds(), group.reporters(), group.departments(), group.sites(),
                group.share(), group.scope().name(), group.severity().name(), suggestion, reasons,
                SignatureCodes.of(group.signature()), group.signature().recognised() ? explanation.meaning() : null,
                probableCauses, group.failingProbes(), firstSteps);
    }
}
