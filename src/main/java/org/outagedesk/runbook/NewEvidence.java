package org.outagedesk.runbook;

/** Evidence to add: a text, a link, or a file (name, content type and bytes). */
public record NewEvidence(EvidenceKind kind, String text, String link, String fileName, String contentType,
        byte[] content) {

    /** Whether the text is a web address a page may link to: http or https, no spaces. */
    public static boolean isWebLink(String text) {
        return text != null && text.matches("(?i)https?://\\S+");
    }

    public static NewEvidence text(String text) {
        return new NewEvidence(EvidenceKind.TEXT, text, null, null, null, null);
    }

    public static NewEvidence link(String link) {
        return new NewEvidence(EvidenceKind.LINK, null, link, null, null, null);
    }

    public static NewEvidence file(String fileName, String contentType, byte[] content) {
        return new NewEvidence(EvidenceKind.FILE, null, null, fileName, contentType, content);
    }
}
