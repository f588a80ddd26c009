package org.outagedesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The embedded default (H2 file database) must not lose a committed report when the process is
 * killed: H2 writes commits to the file only every {@code WRITE_DELAY} ms (500 by default), so the
 * URL has to set it to 0. bench/faults/kill-during-burst.sh is the proof with a real kill -9.
 */
class EmbeddedDatabaseDurabilityTest {

    @Test
    void theEmbeddedDatabaseWritesEveryCommitBeforeAnsweringIt() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        String url = defaults.getProperty("spring.datasource.url");

        assertThat(url).startsWith("jdbc:h2:file:");
        assertThat(url.toUpperCase().split(";")).contains("WRITE_DELAY=0");
    }
}
