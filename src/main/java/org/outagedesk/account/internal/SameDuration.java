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

    /** Longer than the slowest path (a BCrypt hash and three inserts) takes on a busy server. */
    static final Duration ANSWER_TIME = Duration.ofMillis(400);

    private final TransactionTemplate transactions;

    SameDuration(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    void run(Runnable work) {
        long start = System.nanoTime();
        try {
            transactions.executeWithoutResult(status -> work.run());
        } finally {
            waitUntil(start + ANSWER_TIME.toNanos());
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
