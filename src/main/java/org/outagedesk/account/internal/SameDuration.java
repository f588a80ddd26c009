package org.outagedesk.account.internal;

import java.time.Duration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the work for an anonymous request about an e-mail address (sign-up, password reset) in
 * its own transaction, then waits until a fixed time has passed since the start: whether the
 * address has an account changes what is done, never how long the answer takes. The wait
 * happens after commit, so it holds no database connection.
 */
final class SameDuration {

    /** Password reset: longer than a lookup, a token insert and a queued mail take on a busy server. */
    static final Duration RESET = Duration.ofMillis(400);
    /** Sign-up: longer than a BCrypt hash and three inserts take on a busy server. */
    static final Duration SIGN_UP = Duration.ofSeconds(2);

    private final TransactionTemplate transactions;
    private final Duration answerTime;

    SameDuration(PlatformTransactionManager transactionManager, Duration answerTime) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.answerTime = answerTime;
    }

    void run(Runnable work) {
        long start = System.nanoTime();
        try {
            transactions.executeWithoutResult(status -> work.run());
        } finally {
            waitUntil(start + answerTime.toNanos());
        }
    }

    private static void waitUntil(long deadline) {
        long remaining = deadline - System.nanoTime();
        while (remaining > 0) {
            try {
                Thread.sleep(Duration.ofNanos(remaining));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            remaining = deadline - System.nanoTime();
        }
    }
}
