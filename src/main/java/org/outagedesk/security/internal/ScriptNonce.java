package org.outagedesk.security.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * A fresh random nonce per request: the UI chain's Content-Security-Policy names it in
 * {@code script-src} (instead of {@code 'unsafe-inline'}), and Vaadin's bootstrap page puts it on
 * its own script tags. A script someone slipped into a page has no nonce and does not run. Vaadin's
 * client finds the nonce on its script tags and gives it to the scripts it adds later.
 */
@Component
class ScriptNonce implements HeaderWriter, VaadinServiceInitListener {

    /** The UI chain's policy; {@code %s} is the request's nonce. Why each relaxation is needed: docs/security.md. */
    static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-%s' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String ATTRIBUTE = ScriptNonce.class.getName();
    private final SecureRandom random = new SecureRandom();

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", POLICY.formatted(nonce));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            Object nonce = page.getVaadinRequest().getAttribute(ATTRIBUTE);
            if (nonce != null) {
                page.getDocument().getElementsByTag("script").attr("nonce", nonce.toString());
            }
        });
    }
}
