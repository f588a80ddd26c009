package org.outagedesk.mailerror;

/**
 * An RFC 3463 enhanced mail system status code {@code class.subject.detail}, e.g. {@code 5.1.1}:
 * class 2 success, 4 persistent transient failure, 5 permanent failure; the subject says what
 * failed (1 addressing, 2 mailbox, 3 mail system, 4 network and routing, 5 mail delivery
 * protocol, 6 message content, 7 security or policy, 0 other); the detail narrows it down.
 */
public record EnhancedStatusCode(int statusClass, int subject, int detail) {

    /** The code as written: {@code 5.1.1}. */
    @Override
    public String toString() {
        return statusClass + "." + subject + "." + detail;
    }
}
