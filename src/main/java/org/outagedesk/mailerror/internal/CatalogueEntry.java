package org.outagedesk.mailerror.internal;

import java.util.List;
import org.outagedesk.mailerror.ErrorCategory;
import org.outagedesk.mailerror.Protocol;
import org.outagedesk.mailerror.Side;

/**
 * One line of {@code mailerror/catalogue.tsv}: the cells that must match (reply, enhanced code,
 * client code, one of the phrases; null or empty when not filled) and what the entry says (protocol,
 * side, category). The words for people are in the bundles under {@link #meaningKey()} and
 * {@link #causeKey()}.
 */
record CatalogueEntry(String key, EntrySource source, CodePattern reply, CodePattern enhanced, String clientCode,
        Protocol protocol, Side side, ErrorCategory category, List<String> phrases) {

    String meaningKey() {
        return "mailerror.entry." + key + ".meaning";
    }

    String causeKey() {
        return "mailerror.entry." + key + ".cause";
    }

    /** Whether the reply cell is an HTTP status (webmail, ActiveSync) rather than an SMTP reply. */
    boolean repliesOverHttp() {
        return protocol == Protocol.HTTP || protocol == Protocol.ACTIVESYNC;
    }
}
