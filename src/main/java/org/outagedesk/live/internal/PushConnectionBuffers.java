package org.outagedesk.live.internal;

import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.stereotype.Component;

/**
 * Smaller buffers for each open push connection. Tomcat gives every WebSocket five buffers of
 * {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE} (8 KB by default; one of them in chars,
 * so 16 KB): about 48 KB per open page. Push runs over WebSocket only from the server to the browser
 * (the browser sends over XHR: Vaadin's default transport), and a longer message simply goes out in
 * several writes, so 2 KB each is enough: measured 40–50 KB less per connected page
 * (docs/benchmarks.md, memory per UI). Tomcat reads the setting once, when its WebSocket support
 * loads as the embedded server starts, which is after the server factory is customised here; a
 * value given on the command line ({@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE=...}) wins.
 */
@Component
class PushConnectionBuffers implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> {

    static final String PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String SIZE = "2048";

    @Override
    public void customize(ConfigurableServletWebServerFactory factory) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, SIZE);
        }
    }
}
