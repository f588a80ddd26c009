package org.outagedesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The browser security headers every filter chain writes: a Content-Security-Policy (its own
 * per chain), {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy:
 * strict-origin-when-cross-origin} and {@code X-Frame-Options: DENY}. Written eagerly: a request
 * no controller handles is forwarded to the Vaadin servlet, and a forwarded response is completed
 * without Spring Security's lazy header hook (it would go out with no headers at all).
 */
public final class SecurityHeaders {

    private SecurityHeaders() {}

    public static void apply(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        apply(http, new StaticHeadersWriter("Content-Security-Policy", contentSecurityPolicy));
    }

    /** The same, with a Content-Security-Policy that is written per request (one with a nonce). */
    public static void apply(HttpSecurity http, HeaderWriter contentSecurityPolicy) throws Exception {
        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
        http.headers(headers -> headers
                .contentTypeOptions(options -> { })
                .addHeaderWriter(contentSecurityPolicy)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
    }

    /**
     * The same headers written straight to a response, for answers served before any filter chain
     * (the public status page's fast path), plus the ones Spring Security adds by default.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, String contentSecurityPolicy) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN.getPolicy());
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-XSS-Protection", "0");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
    }
}
