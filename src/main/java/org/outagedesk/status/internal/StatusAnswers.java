package org.outagedesk.status.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.outagedesk.incident.MailService;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes the snapshot's three representations: {@code /status} (HTML), {@code /status/feed.atom}
 * and {@code /api/v1/status} (JSON), in the language of {@code ?lang=}, else of
 * {@code Accept-Language}, with {@code ETag}, {@code Last-Modified} and {@code Cache-Control}, or
 * 304 when the client's copy is current. No session, no Vaadin, no database.
 */
@Component
class StatusAnswers {

    static final String PAGE = "/status";
    static final String PAGE_SLASH = "/status/";
    static final String FEED = "/status/feed.atom";
    static final String JSON = "/api/v1/status";
    static final String BADGE = "/status/badge.svg";
    static final String EMBED = "/status/embed";
    static final String HISTORY = "/status/history";

    private final StatusSnapshot snapshot;
    private final StatusProperties properties;
    private final String cacheControl;

    StatusAnswers(StatusSnapshot snapshot, StatusProperties properties) {
        this.snapshot = snapshot;
        this.properties = properties;
        CacheControl cache = CacheControl.maxAge(properties.maxAge()).mustRevalidate();
        this.cacheControl = (properties.isPublic() ? cache.cachePublic() : cache.cachePrivate()).getHeaderValue();
    }

    /** Answers {@code path} (one of the constants above); false when the path is none of them. */
    boolean write(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        StatusSnapshot.Content content = snapshot.content();
        switch (path) {
            case PAGE, PAGE_SLASH -> write(content.html().get(language(request)), request, response, true);
            case FEED -> write(content.atom().get(language(request)), request, response, true);
            case JSON -> write(content.json(), request, response, false);
            case EMBED -> write(content.embeds().get(language(request)), request, response, true);
            case HISTORY -> write(content.history().get(language(request)), request, response, true);
            case BADGE -> {
                Rendered badge = content.badges().get(StatusWidgets.badgeKey(language(request), service(request)));
                if (badge == null) {
                    refuseUnknownService(response);
                } else {
                    write(badge, request, response, true);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void write(Rendered rendered, HttpServletRequest request, HttpServletResponse response, boolean byLanguage)
            throws IOException {
        boolean gzip = rendered.gzipped() != null && acceptsGzip(request);
        String etag = gzip ? rendered.gzipEtag() : rendered.etag();
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, rendered.lastModified().toEpochMilli());
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (rendered.gzipped() != null) {
            response.setHeader(HttpHeaders.VARY, byLanguage ? "Accept-Language, Accept-Encoding"
                    : HttpHeaders.ACCEPT_ENCODING);
        } else if (byLanguage) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
        if (notModified(etag, rendered, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? rendered.gzipped() : rendered.body();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(rendered.contentType());
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.setBufferSize(Math.max(response.getBufferSize(), body.length)); // one write, not one per 8 KB
            response.getOutputStream().write(body);
        }
    }

    /** Whether the client takes gzip ({@code Accept-Encoding: gzip}, not refused with {@code q=0}). */
    static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static boolean notModified(String etag, Rendered rendered, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip().replaceFirst("^W/", "");
                if (tag.equals("*") || tag.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException notADate) {
            return false;
        }
        return since >= 0 && !rendered.lastModified().truncatedTo(ChronoUnit.SECONDS)
                .isAfter(Instant.ofEpochMilli(since));
    }

    /** {@code ?service=} in lower case ("webmail"), or "all"; an unknown name finds no badge. */
    private static String service(HttpServletRequest request) {
        String service;
        try {
            service = request.getParameter("service");
        } catch (RuntimeException undecodableQuery) {
            service = "?";
        }
        return service == null || service.isBlank() ? "all" : service.strip().toLowerCase(Locale.ROOT);
    }

    private static void refuseUnknownService(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write(("Unknown service. Use one of: all, " + String.join(", ",
                Arrays.stream(MailService.values()).map(value -> value.name().toLowerCase(Locale.ROOT)).toList())
                + ".\n").getBytes(StandardCharsets.UTF_8));
    }

    private String language(HttpServletRequest request) {
        String lang = languageParameter(request);
        if (lang != null && !lang.isBlank()) {
            return BundleI18NProvider.supported(Locale.forLanguageTag(lang)).getLanguage();
        }
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return BundleI18NProvider.supported(Locale.forLanguageTag(properties.defaultLanguage())).getLanguage();
        }
        return BundleI18NProvider.supported(request.getLocale()).getLanguage();
    }

    /** {@code ?lang=}, or null when absent or when the query cannot be decoded (e.g. bytes that are not UTF-8). */
    private static String languageParameter(HttpServletRequest request) {
        try {
            return request.getParameter("lang");
        } catch (RuntimeException undecodableQuery) {
            return null;
        }
    }
}
