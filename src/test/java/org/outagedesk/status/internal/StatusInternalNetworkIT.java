package org.outagedesk.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagedesk.status.internal.StatusHttp.PATHS;
import static org.outagedesk.status.internal.StatusHttp.get;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code outagedesk.status.visibility=internal}: served without login or session to clients on
 * the internal networks (here IPv4 loopback only), refused with 403 to everyone else (here the
 * IPv6 loopback), whatever they send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "outagedesk.status.visibility=internal", "outagedesk.status.internal-networks=127.0.0.0/8"})
@DirtiesContext
class StatusInternalNetworkIT {

    @LocalServerPort int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        StatusHttp.separateDatabase(registry);
    }

    @Test
    void internalClientsAreServedWithoutASession() throws Exception {
        for (String path : PATHS) {
            HttpResponse<String> served = get("http://127.0.0.1:" + port + path);
            assertThat(served.statusCode()).as(path).isEqualTo(200);
            assertThat(served.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void clientsFromOtherNetworksAreRefusedEvenWithAToken() throws Exception {
        for (String path : PATHS) {
            HttpResponse<String> refused = get("http://[::1]:" + port + path, "Authorization", "Bearer demo-it-token");
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.headers().firstValue("Set-Cookie")).as(path).isEmpty();
            assertThat(refused.body()).as(path).doesNotContain("Mail service status", "Estado del servicio");
        }
    }
}
