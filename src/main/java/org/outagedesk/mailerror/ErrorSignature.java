package org.outagedesk.mailerror;

/**
 * What an error text says, structured: the same failure seen by two clients has the same signature.
 *
 * @param replyCode the server's numeric reply: SMTP reply code (RFC 5321), or the HTTP status for
 *        webmail and ActiveSync; null when the text has none
 * @param enhancedCode the RFC 3463 enhanced status code, or null
 * @param protocol the protocol the error comes from, or null when the text does not tell
 * @param clientCode a mail client's own error code (Outlook {@code 0x800CCC0E}), or null
 * @param side whose side the failure usually is, from the catalogue entry; null when unrecognised
 * @param category what kind of failure it is, from the catalogue entry; null when unrecognised
 * @param entryKey the catalogue entry that matched, or null
 */
public record ErrorSignature(Integer replyCode, EnhancedStatusCode enhancedCode, Protocol protocol,
        String clientCode, Side side, ErrorCategory category, String entryKey) {

    /** Nothing recognised. */
    public static final ErrorSignature NONE = new ErrorSignature(null, null, null, null, null, null, null);

    /** Whether a catalogue entry matched. */
    public boolean recognised() {
        return entryKey != null;
    }

    /**
     * The message key of what the matched entry means, to be put into words when someone reads it (a
     * timeline line keeps the key, never one language's sentence); null when nothing matched.
     */
    public String meaningKey() {
        return entryKey == null ? null : "mailerror.entry." + entryKey + ".meaning";
    }
}
