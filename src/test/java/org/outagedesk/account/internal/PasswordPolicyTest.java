package org.outagedesk.account.internal;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagedesk.testsupport.Refusals;

class PasswordPolicyTest {

    private static final String EMAIL = "ana@demo.local";

    @Test
    void acceptsALongEnoughPassword() {
        assertThatCode(() -> PasswordPolicy.check("correct horse", EMAIL, 10)).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("x".repeat(PasswordPolicy.MAX_LENGTH), EMAIL, 10))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "NULL, account.password.too-short",
        "short, account.password.too-short",
        "'          ', account.password.too-weak",
        "ANA@demo.local, account.password.too-weak"
    })
    void refusesWithTheRuleThatFailed(String password, String messageKey) {
        assertRefused(password, messageKey);
    }

    @Test
    void refusesAnOverlongPassword() {
        assertRefused("x".repeat(PasswordPolicy.MAX_LENGTH + 1), "account.password.too-long");
    }

    private static void assertRefused(String password, String messageKey) {
        Refusals.assertRefused(() -> PasswordPolicy.check(password, EMAIL, 10), messageKey);
    }
}
