package org.outagedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in throttling counts failures on the address the connection really came from:
 * {@code X-Forwarded-For} is believed only from a configured proxy (the test configuration
 * names 127.0.0.2; any other loopback address is an ordinary client).
 */
class ClientAddressIT extends LiveApplicationTest {

    private final List<String> failedFrom = new CopyOnWriteArrayList<>();

    @Autowired
    ConfigurableApplicationContext context;

    @BeforeEach
    void listenToFailedSignIns() {
        context.addApplicationListener((AbstractAuthenticationFailureEvent failure) -> {
            if (failure.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
                failedFrom.add(details.getRemoteAddress());
            }
        });
    }

    @Test
    void aSpoofedForwardedForFromAnOrdinaryClientIsIgnoredBySignInThrottling() throws Exception {
        WebSession client = new WebSession(onLoopback(), InetAddress.getByName("127.0.0.3")).forwardedFor("10.53.36.1");
        assertThatThrownBy(() -> client.signIn(newAddress("nobody"), "wrong")).isInstanceOf(IllegalStateException.class);
        assertThat(failedFrom).as("the failure is counted on the connection's address").contains("127.0.0.3")
                .doesNotContain("10.53.36.1");
    }

    @Test
    void theForwardedForOfAConfiguredProxyIsTheClientAddress() throws Exception {
        WebSession viaProxy = new WebSession(onLoopback(), InetAddress.getByName("127.0.0.2")).forwardedFor("10.77.0.1");
        assertThatThrownBy(() -> viaProxy.signIn(newAddress("nobody"), "wrong")).isInstanceOf(IllegalStateException.class);
        assertThat(failedFrom).contains("10.77.0.1").doesNotContain("127.0.0.2");
    }
}
