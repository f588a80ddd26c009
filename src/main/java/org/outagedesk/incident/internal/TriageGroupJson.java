package org.outagedesk.incident.internal;

import java.util.List;
import org.outagedesk.incident.TriageGroup;
import org.outagedesk.mailerror.ErrorExplanation;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.mailerror.SignatureCodes;

/**
 * One triage group as {@code GET /api/v1/triage/groups} answers it: the same suggestion and reasons
 * as the triage card, the words in the caller's language, codes and enum names for programs.
 */
record TriageGroupJson(String symptom, List<String> clients, String errorText, List<Long> reports, int reporters,
        List<String> departments, List<String> sites, double share, String suggestedScope, String suggestedSeverity,
        String suggestion, List<String> reasons, SignatureCodes signature, String meaning, List<String> probableCauses) {

    static TriageGroupJson of(TriageGroup group, ErrorExplanation explanation, String suggestion, String reason) {
        ErrorSignature signature = group.signature();
        boolean read = signature.recognised();
        return new TriageGroupJson(group.symptom().name(), group.clients().stream().map(Enum::name).toList(),
                group.errorText(), group.reportIds(), group.reporters(), group.departments(), group.sites(),
                group.share(), group.scope().name(), group.severity().name(), suggestion,
                reason.isEmpty() ? List.of() : List.of(reason), SignatureCodes.of(signature),
                read ? explanation.meaning() : null,
                read && explanation.probableCause() != null ? List.of(explanation.probableCause()) : List.of());
    }
}
