package org.outagedesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagedesk.security.LoginThrottleProperties;
import org.outagedesk.security.LoginThrottledException;
import org.outagedesk.security.SignInLocked;
import org.outagedesk.testsupport.MutableClock;

class LoginThrottleTest {

    private static final String ADDRESS = "10.0.0.1";

    /** Slow down after 3 failures (max 30 s), lock a client out of an account after 8, out of all after 12, for 15 minutes. */
    private final LoginThrottleProperties properties =
            new LoginThrottleProperties(3, Duration.ofSeconds(30), 8, Duration.ofMinutes(15), 12,
                    Duration.ofMinutes(15));
    private final MutableClock clock = new MutableClock();
    private final List<Object> events = new ArrayList<>();
    private final LoginThrottle throttle = new LoginThrottle(properties, clock, events::add);

    @Test
    void firstFailuresDoNotSlowDown() {
        fail("user@demo.local", 2);
        assertThatCode(() -> throttle.check("user@demo.local", ADDRESS)).doesNotThrowAnyException();
    }

    @Test
    void slowsDownAfterThreeFailuresDoublingUpToTheMaximum() {
        assertThat(throttle.delay(2)).isZero();
        assertThat(throttle.delay(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delay(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delay(6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(throttle.delay(20)).isEqualTo(Duration.ofSeconds(30));

        fail("user@demo.local", 4);
        LoginThrottledException slowed = refused("user@demo.local", ADDRESS);
        assertThat(slowed.locked()).isFalse();
        assertThat(slowed.retryAfter()).isEqualTo(Duration.ofSeconds(2));

        clock.advance(Duration.ofSeconds(2));
        assertThatCode(() -> throttle.check("user@demo.local", ADDRESS)).doesNotThrowAnyException();
    }

    @Test
    void locksOnlyTheClientThatFailedOutOfTheAccount() {
        fail("user@demo.local", 8);
        LoginThrottledException locked = refused("USER@demo.local ", ADDRESS);
        assertThat(locked.locked()).isTrue();
        assertThat(locked.retryAfter()).isEqualTo(Duration.ofMinutes(15));

        assertThatCode(() -> throttle.check("user@demo.local", "10.9.9.9"))
                .as("another client signs in to the same account at once").doesNotThrowAnyException();
    }

    @Test
    void slowsDownOnlyTheClientThatFailed() {
        fail("user@demo.local", 6);
        assertThat(refused("user@demo.local", ADDRESS).locked()).isFalse();
        assertThatCode(() -> throttle.check("user@demo.local", "10.9.9.9")).doesNotThrowAnyException();
    }

    @Test
    void adminsAreToldOncePerAccountAndLockPeriod() {
        fail("user@demo.local", 8);
        assertThat(events).containsExactly(new SignInLocked("user@demo.local", ADDRESS, 8,
                clock.instant().plus(Duration.ofMinutes(15))));

        for (int i = 0; i < 8; i++) {
            throttle.failed("User@demo.local", "10.0.0.9");
        }
        assertThat(events).as("a second client locked in the same period").hasSize(1);

        clock.advance(Duration.ofMinutes(15));
        for (int i = 0; i < 8; i++) {
            throttle.failed("user@demo.local", "10.0.0.10");
        }
        assertThat(events).as("a lock in the next period").hasSize(2);
    }

    @Test
    void locksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("guess" + i + "@demo.local", ADDRESS);
        }
        assertThat(refused("fresh@demo.local", ADDRESS).locked()).isTrue();
        assertThatCode(() -> throttle.check("fresh@demo.local", "10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void successForgivesTheClientsFailuresOnTheAccount() {
        fail("user@demo.local", 7);
        throttle.succeeded("user@demo.local", ADDRESS);
        clock.advance(Duration.ofSeconds(30));
        throttle.failed("user@demo.local", ADDRESS);
        clock.advance(Duration.ofSeconds(30));
        assertThatCode(() -> throttle.check("user@demo.local", ADDRESS))
                .as("the eighth failure after a success does not lock").doesNotThrowAnyException();
    }

    @Test
    void lockExpires() {
        fail("user@demo.local", 8);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(refused("user@demo.local", ADDRESS).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(31));
        assertThatCode(() -> throttle.check("user@demo.local", ADDRESS)).doesNotThrowAnyException();

        throttle.failed("user@demo.local", ADDRESS);
        assertThatCode(() -> throttle.check("user@demo.local", ADDRESS))
                .as("an expired lock starts counting from one again").doesNotThrowAnyException();
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        fail("user@demo.local", 7);
        clock.advance(Duration.ofMinutes(16));
        throttle.forgetOld();
        throttle.failed("user@demo.local", ADDRESS);
        assertThatCode(() -> throttle.check("user@demo.local", ADDRESS)).doesNotThrowAnyException();
    }

    private void fail(String email, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, ADDRESS);
        }
    }

    private LoginThrottledException refused(String email, String address) {
        LoginThrottledException refused =
                catchThrowableOfType(LoginThrottledException.class, () -> throttle.check(email, address));
        assertThat(refused).as("sign-in of %s from %s refused", email, address).isNotNull();
        return refused;
    }
}
