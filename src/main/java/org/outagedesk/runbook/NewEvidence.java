package org.outagedesk.runbook;

/** Evidence to add: a text, a link, or a file (name, content type and bytes). */
public record NewEvidence(EvidenceKind kind, String text, String link, String fileName, String contentType,
        byte[] content) {

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
