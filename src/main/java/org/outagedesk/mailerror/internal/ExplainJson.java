package org.outagedesk.mailerror.internal;

import org.outagedesk.mailerror.ErrorExplanation;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.mailerror.SignatureCodes;

/** What {@code POST /api/v1/triage/explain} accepts and answers. */
final class ExplainJson {

    private ExplainJson() {}

    /** The body: the error text as the person saw it, up to {@link ExplainController#MAX_ERROR_TEXT} characters. */
    record ExplainRequest(String errorText) {}

    /** The answer: the signature, the catalogue entry in the caller's language (null when none matched). */
    record Explained(SignatureCodes signature, Entry entry, EnhancedStatus enhancedStatus, String language,
            String meaning) {

        static Explained of(ErrorExplanation explanation) {
            ErrorSignature signature = explanation.signature();
            Entry entry = signature.recognised() ? new Entry(signature.entryKey(), explanation.meaning(),
                    explanation.probableCause(), explanation.side(), explanation.category()) : null;
            EnhancedStatus status = signature.enhancedCode() == null ? null : new EnhancedStatus(
                    signature.enhancedCode().statusClass(), signature.enhancedCode().subject(),
                    signature.enhancedCode().detail(), explanation.enhancedCode());
            return new Explained(SignatureCodes.of(signature), entry, status, explanation.language().getLanguage(),
                    explanation.meaning());
        }
    }

    /** The catalogue entry that matched, in the caller's language. */
    record Entry(String key, String meaning, String probableCause, String side, String category) {}

    /** The RFC 3463 code part by part, with its class and subject in words. */
    record EnhancedStatus(int statusClass, int subject, int detail, String description) {}
}
