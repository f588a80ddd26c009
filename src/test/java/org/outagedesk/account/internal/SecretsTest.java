package org.outagedesk.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void secretsAreLongUrlSafeAndUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String secret = Secrets.newSecret();
            assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(seen.add(secret)).isTrue();
        }
    }

    @Test
    void hashIsSha256InHex() {
        assertThat(Secrets.hash("demo-it-token")).hasSize(64).matches("[0-9a-f]+")
                .isEqualTo(Secrets.hash("demo-it-token"))
                .isNotEqualTo(Secrets.hash("demo-it-token "));
        assertThat(Secrets.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
