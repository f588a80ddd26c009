package org.outagedesk.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers a form post without this session's CSRF token (a forged sign-in, or a sign-in page
 * left open until its session ended) with a plain 403 in the reader's language and a link back
 * to the sign-in page. Written directly: an error dispatch would redirect to the sign-in page
 * and start a session.
 */
final class CsrfRefusal implements AccessDeniedHandler {

    private final BundleI18NProvider i18n;

    CsrfRefusal(BundleI18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        Locale language = BundleI18NProvider.supported(request.getLocale());
        String title = HtmlUtils.htmlEscape(i18n.getTranslation("login.csrf.title", language));
        String text = HtmlUtils.htmlEscape(i18n.getTranslation("login.csrf.text", language));
        String again = HtmlUtils.htmlEscape(i18n.getTranslation("login.csrf.again", language));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write("""
                <!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>\
                <body><h1>%s</h1><p>%s</p><p><a href="%s/login">%s</a></p></body></html>"""
                .formatted(language.getLanguage(), title, title, text, request.getContextPath(), again));
    }
}
