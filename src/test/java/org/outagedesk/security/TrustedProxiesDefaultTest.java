package org.outagedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Out of the box no client is a proxy: X-Forwarded-* is believed from nobody (the tests name 127.0.0.2). */
class TrustedProxiesDefaultTest {

    @Test
    void theShippedConfigurationBelievesForwardedHeadersFromNoAddress() throws Exception {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        assertThat(shipped.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        Pattern proxies = Pattern.compile(shipped.getProperty("server.tomcat.remoteip.internal-proxies"));
        for (String address : new String[] {"127.0.0.1", "0:0:0:0:0:0:0:1", "10.53.36.1", "172.16.0.1", "192.168.1.1",
                "169.254.1.1", "100.64.0.1", "fd00:0:0:0:0:0:0:1", ""}) {
            assertThat(proxies.matcher(address).matches()).as(address).isFalse();
        }
    }
}
