package org.outagedesk.incident.internal;

import java.util.List;
import org.outagedesk.incident.TriageGroup;
import org.outagedesk.mailerror.ErrorExplanation;
import org.outagedesk.mailerror.ErrorSignature;

/**
 * One triage group as {@code GET /api/v1/triage/groups} answers it: the same suggestion and reasons
 * as the triage card, the words in the caller's language, codes and enum names for programs.
 */
record TriageGroupJson(String symptom, List<String> clients, String errorText, List<Long> reports, int reporters,
        List<String> departments, List<String> sites, double share, String suggestedScope, String suggestedSeverity,
        String suggestion, List<String> reasons, Signature signature, String meaning, List<String> probableCauses) {

    static TriageGroupJson of(TriageGroup group, ErrorExplanation explanation, String suggestion, String reason) {
        ErrorSignature signature = group.signature();
        boolean read = signature.recognised();
        return new TriageGroupJson(group.symptom().name(), group.clients().stream().map(Enum::name).toList(),
                group.errorText(), group.reportIds(), group.reporters(), group.departments(), group.sites(),
                group.share(), group.scope().name(), group.severity().name(), suggestion,
                reason.isEmpty() ? List.of() : List.of(reason), Signature.of(signature),
                read ? explanation.meaning() : null,
                read && explanation.probableCause() != null ? List.of(explanation.probableCause()) : List.of());
    }

    /** The shared error as programs read it: codes and names, no words; all null when not recognised. */
    record Signature(Integer replyCode, String enhancedCode, String protocol, String clientCode, String side,
            String category, String entry) {

        static Signature of(ErrorSignature signature) {
            return new Signature(signature.replyCode(), text(signature.enhancedCode()), text(signature.protocol()),
                    signature.clientCode(), text(signature.side()), text(signature.category()), signature.entryKey());
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }
}
