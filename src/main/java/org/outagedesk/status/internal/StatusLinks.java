package org.outagedesk.status.internal;

/**
 * Where the status documents link to: the portal's own addresses, or the static mirror's files, so a
 * page read from the mirror never sends its reader to a portal that may be down.
 */
interface StatusLinks {

    String page(String language);

    String feed(String language);

    String json();

    String history(String language);

    /** The portal's addresses, all starting with the configured public address. */
    static StatusLinks portal(String baseUrl) {
        return new StatusLinks() {
            public String page(String language) {
                return baseUrl + "/status?lang=" + language;
            }

            public String feed(String language) {
                return baseUrl + "/status/feed.atom?lang=" + language;
            }

            public String json() {
                return baseUrl + "/api/v1/status";
            }

            public String history(String language) {
                return baseUrl + "/status/history?lang=" + language;
            }
        };
    }

    /**
     * The mirror's files ({@link MirrorFiles}), relative to {@code mirrorBase} (empty: relative to the
     * page itself, which works wherever the files are served from).
     */
    static StatusLinks mirror(String mirrorBase) {
        String base = mirrorBase == null || mirrorBase.isBlank() ? "" : mirrorBase.strip().replaceAll("/+$", "") + "/";
        return new StatusLinks() {
            public String page(String language) {
                return base + MirrorFiles.page(language);
            }

            public String feed(String language) {
                return base + MirrorFiles.feed(language);
            }

            public String json() {
                return base + MirrorFiles.JSON;
            }

            public String history(String language) {
                return base + MirrorFiles.history(language);
            }
        };
    }
}
