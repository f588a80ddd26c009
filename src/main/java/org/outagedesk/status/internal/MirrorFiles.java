package org.outagedesk.status.internal;

import org.outagedesk.incident.MailService;

/** File names of the static mirror: one flat directory, readable by any web server or bucket. */
final class MirrorFiles {

    static final String INDEX = "index.html";
    static final String JSON = "status.json";

    private MirrorFiles() {
    }

    static String page(String language) {
        return "status-" + language + ".html";
    }

    static String feed(String language) {
        return "feed-" + language + ".atom";
    }

    static String history(String language) {
        return "history-" + language + ".html";
    }

    static String embed(String language) {
        return "embed-" + language + ".html";
    }

    /** {@code badge-es-all.svg} for the overall badge, {@code badge-es-webmail.svg} for one service. */
    static String badge(String language, MailService service) {
        return "badge-" + StatusWidgets.badgeKey(language, service).replace('|', '-') + ".svg";
    }
}
