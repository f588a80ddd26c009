package org.outagedesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.Mailbox;
import org.outagedesk.testsupport.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password-reset links expire and die together once one is used; sign-up and password reset
 * answer an address with an account exactly as one without, in the same time (single use of a
 * link is proven in AccountMailIT).
 */
class AccountLinksIT extends LiveApplicationTest {

    private static final String PASSWORD = "links password 1";
    /** Both paths are held to 400 ms (reset) or 2 s (sign-up); medians may differ by far less than a BCrypt hash. */
    private static final long MARGIN_MS = 60;
    private static final int ROUNDS = 5;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void anExpiredResetLinkIsRefused() {
        String email = account("expired");
        String token = resetLinks(email, 1).getFirst();

        jdbc.update("update account_token set expires_at = created_at where purpose = 'RESET_PASSWORD' and account_id = ?",
                accounts.findLoginAccount(email).orElseThrow().id());

        assertRefused(() -> accounts.resetPassword(token, "a brand new password"));
        assertThat(passwordEncoder.matches(PASSWORD, accounts.findLoginAccount(email).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void usingOneResetLinkUsesUpTheOthers() {
        List<String> links = resetLinks(account("twice"), 2);

        accounts.resetPassword(links.get(1), "the second password");
        assertRefused(() -> accounts.resetPassword(links.get(0), "an attacker's password"));
    }

    @Test
    void resetAnswersKnownAndUnknownAddressesAfterTheSameTime() {
        String known = account("known");
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            knownTimes.add(millis(() -> accounts.requestPasswordReset(known)));
            unknownTimes.add(millis(() -> accounts.requestPasswordReset(newAddress("nobody"))));
        }
        assertSameTime(knownTimes, unknownTimes, 400);
        assertThat(mailbox(known).awaitMail(ROUNDS).link()).contains("/reset-password?token=");
    }

    @Test
    void signUpAnswersKnownAndNewAddressesAfterTheSameTime() {
        String known = account("taken");
        List<Long> knownTimes = new ArrayList<>();
        List<Long> newTimes = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            knownTimes.add(millis(() -> accounts.register(registration(known))));
            newTimes.add(millis(() -> accounts.register(registration(newAddress("fresh")))));
        }
        assertSameTime(knownTimes, newTimes, 2000);
        assertThat(passwordEncoder.matches(PASSWORD, accounts.findLoginAccount(known).orElseThrow().passwordHash()))
                .as("signing up again with a taken address changes nothing").isTrue();
    }

    /** Asks for {@code count} reset links one after the other; answers their tokens in order. */
    private List<String> resetLinks(String email, int count) {
        Mailbox inbox = mailbox(email);
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            accounts.requestPasswordReset(email);
            tokens.add(inbox.awaitMail(i).token());
        }
        return tokens;
    }

    private static void assertSameTime(List<Long> known, List<Long> unknown, long floor) {
        System.out.printf("answer times in ms, address with an account: %s, without: %s%n", known, unknown);
        assertThat(known).allMatch(ms -> ms >= floor);
        assertThat(unknown).allMatch(ms -> ms >= floor);
        assertThat(Math.abs(median(known) - median(unknown))).as("difference of the median answer times (ms)")
                .isLessThan(MARGIN_MS);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static long millis(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Registration registration(String email) {
        return new Registration(email, "Sam Signup", "a sign-up password", null, null, "en");
    }

    private String account(String prefix) {
        String email = newAddress(prefix).toLowerCase();
        TestAccounts.insert(jdbc, passwordEncoder, email, "Links " + prefix, PASSWORD, Role.END_USER);
        return email;
    }

    private static void assertRefused(Runnable action) {
        AccountException refused = catchThrowableOfType(AccountException.class, action::run);
        assertThat(refused).isNotNull();
        assertThat(refused.messageKey()).isEqualTo("account.reset.invalid-link");
    }
}
