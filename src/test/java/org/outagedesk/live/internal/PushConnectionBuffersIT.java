package org.outagedesk.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;
import org.outagedesk.testsupport.LiveApplicationTest;

/** The running server's WebSocket buffers are the small ones (Tomcat reads the size once, at start). */
class PushConnectionBuffersIT extends LiveApplicationTest {

    @Test
    void tomcatTookTheSmallerPushBuffers() throws Exception {
        Class<?> constants = Class.forName("org.apache.tomcat.websocket.Constants");
        Field size = constants.getDeclaredField("DEFAULT_BUFFER_SIZE");
        size.setAccessible(true);
        assertThat(size.getInt(null)).isEqualTo(Integer.parseInt(PushConnectionBuffers.SIZE));
    }
}
