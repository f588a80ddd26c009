package org.outagedesk.mailerror;

/**
 * A signature as programs read it in the API: codes and enum names, no words; all null when
 * nothing was recognised. The explain API and triage's groups answer it the same way.
 */
public record SignatureCodes(Integer replyCode, String enhancedCode, String protocol, String clientCode, String side,
        String category, String entry) {

    public static SignatureCodes of(ErrorSignature signature) {
        return new SignatureCodes(signature.replyCode(), text(signature.enhancedCode()), text(signature.protocol()),
                signature.clientCode(), text(signature.side()), text(signature.category()), signature.entryKey());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
