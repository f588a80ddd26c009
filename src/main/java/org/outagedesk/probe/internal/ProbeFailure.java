package org.outagedesk.probe.internal;

import jakarta.mail.AuthenticationFailedException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.outagedesk.probe.ProbeError;

/**
 * A probe step that failed: the kind of failure, which pages put in the reader's language, and
 * as message only the evidence as the server or the JVM gave it (a reply, an exception's text),
 * never words of ours, since the message is stored and read in any language.
 */
class ProbeFailure extends Exception {

    private final ProbeError error;

    ProbeFailure(ProbeError error, String message) {
        super(message);
        this.error = error;
    }

    ProbeError error() {
        return error;
    }

    /** The kind of failure behind an exception from the network, TLS or Jakarta Mail. */
    static ProbeFailure of(Throwable thrown) {
        if (thrown instanceof ProbeFailure failure) {
            return failure;
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            ProbeError error = kind(cause);
            if (error != null) {
                return new ProbeFailure(error, describe(cause));
            }
        }
        return new ProbeFailure(ProbeError.PROTOCOL_ERROR, describe(thrown));
    }

    private static ProbeError kind(Throwable cause) {
        return switch (cause) {
            case ProbeFailure failure -> failure.error();
            case UnknownHostException unknown -> ProbeError.UNKNOWN_HOST;
            case ConnectException refused -> ProbeError.REFUSED;
            case NoRouteToHostException unreachable -> ProbeError.REFUSED;
            case SocketTimeoutException timeout -> ProbeError.TIMEOUT;
            case InterruptedIOException interrupted -> ProbeError.TIMEOUT;
            case SSLException tls -> ProbeError.TLS_FAILURE;
            case AuthenticationFailedException auth -> ProbeError.AUTH_FAILED;
            default -> null;
        };
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        String text = message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
        return text.length() > 900 ? text.substring(0, 900) : text;
    }
}
