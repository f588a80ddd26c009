package org.outagedesk.probe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void sealedPasswordsOpenWithTheSameKeyAndNeverShowThePassword() {
        SecretBox box = SecretBox.of(KEY);
        String sealed = box.encrypt("correct horse");
        assertThat(sealed).doesNotContain("correct horse");
        assertThat(box.encrypt("correct horse")).as("a fresh nonce every time").isNotEqualTo(sealed);
        assertThat(box.decrypt(sealed)).isEqualTo("correct horse");
    }

    @Test
    void anotherKeyOrATamperedValueIsRefused() {
        String sealed = SecretBox.of(KEY).encrypt("correct horse");
        assertThatThrownBy(() -> SecretBox.of("").decrypt(sealed)).isInstanceOf(IllegalStateException.class);
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        assertThatThrownBy(() -> SecretBox.of(KEY).decrypt(Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keysOfTheWrongLengthAreRejectedAtStart() {
        assertThatThrownBy(() -> SecretBox.of(Base64.getEncoder().encodeToString(new byte[7])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outagedesk.probe.secret-key");
    }
}
