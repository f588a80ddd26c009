package org.outagedesk.status.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the snapshot: {@code /status} (HTML), {@code /status/feed.atom} and {@code /api/v1/status}
 * (JSON). Language from {@code ?lang=}, else {@code Accept-Language}. Answers 304 when the
 * client's ETag (or date) is current. No session, no Vaadin, no database.
 */
@RestController
class StatusController {

    private final StatusSnapshot snapshot;
    private final StatusProperties properties;

    StatusController(StatusSnapshot snapshot, StatusProperties properties) {
        this.snapshot = snapshot;
        this.properties = properties;
    }

    @GetMapping({"/status", "/status/"})
    ResponseEntity<byte[]> page(@RequestParam(required = false) String lang, HttpServletRequest request) {
        return answer(snapshot.content().html().get(language(lang, request)), request, true);
    }

    @GetMapping("/status/feed.atom")
    ResponseEntity<byte[]> feed(@RequestParam(required = false) String lang, HttpServletRequest request) {
        return answer(snapshot.content().atom().get(language(lang, request)), request, true);
    }

    @GetMapping("/api/v1/status")
    ResponseEntity<byte[]> json(HttpServletRequest request) {
        return answer(snapshot.content().json(), request, false);
    }

    private ResponseEntity<byte[]> answer(Rendered rendered, HttpServletRequest request, boolean byLanguage) {
        CacheControl cache = CacheControl.maxAge(properties.maxAge()).mustRevalidate();
        cache = properties.isPublic() ? cache.cachePublic() : cache.cachePrivate();
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(rendered.etag());
        headers.setLastModified(rendered.lastModified());
        headers.setCacheControl(cache);
        if (byLanguage) {
            headers.setVary(java.util.List.of(HttpHeaders.ACCEPT_LANGUAGE));
        }
        if (notModified(rendered, request)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        headers.set(HttpHeaders.CONTENT_TYPE, rendered.contentType());
        return ResponseEntity.ok().headers(headers).body(rendered.body());
    }

    private static boolean notModified(Rendered rendered, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            String etag = rendered.etag();
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip().replaceFirst("^W/", "");
                if (tag.equals("*") || tag.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        return since >= 0 && !rendered.lastModified().truncatedTo(ChronoUnit.SECONDS)
                .isAfter(Instant.ofEpochMilli(since));
    }

    private String language(String lang, HttpServletRequest request) {
        if (lang != null && !lang.isBlank()) {
            return BundleI18NProvider.supported(Locale.forLanguageTag(lang)).getLanguage();
        }
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return BundleI18NProvider.supported(Locale.forLanguageTag(properties.defaultLanguage())).getLanguage();
        }
        return BundleI18NProvider.supported(request.getLocale()).getLanguage();
    }
}
