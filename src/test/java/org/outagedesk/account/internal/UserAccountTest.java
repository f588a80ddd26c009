package org.outagedesk.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.NotificationPreferences;
import org.outagedesk.account.Role;
import org.springframework.test.util.ReflectionTestUtils;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void newAccountIsANormalisedUnverifiedEndUser() {
        UserAccount account = new UserAccount("  Ana.Lopez@Demo.LOCAL ", " Ana López ", NOW);
        assertThat(account.email()).isEqualTo("ana.lopez@demo.local");
        assertThat(account.displayName()).isEqualTo("Ana López");
        assertThat(account.roles()).containsExactly(Role.END_USER);
        assertThat(account.emailVerified()).isFalse();
        assertThat(account.enabled()).isTrue();
        assertThat(account.hasPassword()).isFalse();
    }

    @Test
    void theLastRoleStays() {
        UserAccount account = new UserAccount("ana@demo.local", "Ana", NOW);
        assertThat(account.revoke(Role.END_USER, NOW)).isFalse();
        account.grant(Role.IT_STAFF, NOW);
        assertThat(account.revoke(Role.ADMIN, NOW)).isFalse();
        assertThat(account.revoke(Role.END_USER, NOW)).isTrue();
        assertThat(account.roles()).containsExactly(Role.IT_STAFF);
    }

    @Test
    void profileTreatsBlankAsUnset() {
        UserAccount account = new UserAccount("ana@demo.local", "Ana", NOW);
        ReflectionTestUtils.setField(account, "id", 7L);
        account.updateProfile(" Ana L. ", "  ", " Sevilla ", "", " ", new NotificationPreferences(false, true, true),
                NOW);
        assertThat(account.summary()).satisfies(summary -> {
            assertThat(summary.displayName()).isEqualTo("Ana L.");
            assertThat(summary.department()).isNull();
            assertThat(summary.site()).isEqualTo("Sevilla");
            assertThat(summary.language()).isNull();
            assertThat(summary.timeZone()).isNull();
            assertThat(summary.notifications()).isEqualTo(new NotificationPreferences(false, true, true));
        });
    }

    @Test
    void firstSeenFillsInOnlyWhatThePersonHasNotChosen() {
        UserAccount account = new UserAccount("ana@demo.local", "Ana", NOW);
        assertThat(account.firstSeen("en", "America/New_York", NOW)).isTrue();
        assertThat(account.firstSeen("es", "Europe/Madrid", NOW)).isFalse();
        assertThat(account.language()).isEqualTo("en");
        assertThat(account.timeZone()).isEqualTo("America/New_York");
    }

    @Test
    void normaliseToleratesNull() {
        assertThat(UserAccount.normalise(null)).isEmpty();
    }
}
