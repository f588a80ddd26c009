package org.outagedesk.incident.internal;

import java.util.List;
import java.util.Optional;
import org.outagedesk.incident.ScopeReason;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.mailerror.Side;

/**
 * The strongest sign of a server fault: several people, with different mail programs, got the same
 * server reply ("451 4.7.0" from Outlook and from webmail). Per-person errors never count.
 */
final class SameReply {

    private SameReply() {}

    static Optional<ScopeReason> reason(ErrorSignature signature, int reporters, int clients) {
        String reply = reply(signature);
        if (reply == null || reporters < 2 || signature.side() == Side.USER) {
            return Optional.empty();
        }
        return Optional.of(new ScopeReason(clients >= 2 ? "triage.reason.same-reply-clients" : "triage.reason.same-reply",
                List.of(reporters, reply, clients)));
    }

    /** "451 4.7.0", "4.7.0" or "451"; null when the error has no server reply. */
    static String reply(ErrorSignature signature) {
        if (signature.replyCode() != null && signature.enhancedCode() != null) {
            return signature.replyCode() + " " + signature.enhancedCode();
        }
        if (signature.enhancedCode() != null) {
            return signature.enhancedCode().toString();
        }
        return signature.replyCode() == null ? null : String.valueOf(signature.replyCode());
    }
}
