package org.outagedesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.Role;
import org.outagedesk.security.LoginThrottledException;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.TestAccounts;
import org.outagedesk.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Wrong passwords from one client (behind the trusted proxy, so {@code X-Forwarded-For} names it)
 * lock that client out of the account; another client signs in to it at once; admins are told.
 */
class SignInLockIT extends LiveApplicationTest {

    private static final String ATTACKER = "203.0.113.66";
    private static final String OWNER = "198.51.100.7";
    private static final String PASSWORD = "right horse battery 42";

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aClientThatFailedIsLockedOutWhileAnotherSignsInAtOnceAndAdminsAreTold() throws Exception {
        // Sent through the proxy the test configuration trusts, so X-Forwarded-For names each client.
        InetAddress proxy = InetAddress.getByName("127.0.0.2");
        String email = newAddress("lock-target");
        String admin = newAddress("lock-admin");
        TestAccounts.insert(jdbc, passwords, email, "Lock Target", PASSWORD, Role.END_USER, Role.IT_STAFF);
        TestAccounts.insert(jdbc, passwords, admin, "Lock Admin", "admin password 42", Role.ADMIN);
        WebSession attacker = new WebSession(onLoopback(), proxy);

        // Wrong passwords, each as soon as the slow-down allows, until the lock sets in (about 31 s).
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            LoginThrottledException refused =
                    catchThrowableOfType(LoginThrottledException.class, () -> throttle.check(email, ATTACKER));
            if (refused == null) {
                attacker.postSignIn(email, "wrong password", "X-Forwarded-For", ATTACKER);
                return false;
            }
            return refused.locked();
        });

        assertThat(location(attacker.postSignIn(email, PASSWORD, "X-Forwarded-For", ATTACKER)))
                .as("even the right password is refused from the locked client").contains("error");
        new WebSession(onLoopback(), proxy).signIn(email, PASSWORD, "X-Forwarded-For", OWNER);

        long adminId = jdbc.queryForObject("select id from user_account where email = ?", Long.class, admin);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForList("""
                select a.text_value from outbox_argument a join outbox_message m on m.id = a.message_id
                where m.recipient_id = ? and m.channel = 'IN_PORTAL' and a.name = '0'""",
                String.class, adminId)).singleElement().asString().contains(email));
    }

    private static String location(java.net.http.HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("");
    }
}
