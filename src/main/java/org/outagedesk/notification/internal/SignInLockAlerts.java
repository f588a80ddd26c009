package org.outagedesk.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.Role;
import org.outagedesk.account.Roles;
import org.outagedesk.base.RunAs;
import org.outagedesk.notification.PersonalNotice;
import org.outagedesk.notification.PersonalNotices;
import org.outagedesk.security.SignInLocked;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells every admin (in the portal, and by e-mail if they chose it) that failed sign-ins locked
 * an existing account for one client. Off the sign-in request's thread, so a slow database never
 * delays the answer to the person signing in. Locks on addresses without an account are only
 * logged (where they are published), so guessing random names cannot flood the admins.
 */
@Component
class SignInLockAlerts {

    private final AccountService accounts;
    private final PersonalNotices notices;
    private final Clock clock;

    SignInLockAlerts(AccountService accounts, PersonalNotices notices, Clock clock) {
        this.accounts = accounts;
        this.notices = notices;
        this.clock = clock;
    }

    @Async
    @EventListener
    @Transactional
    void on(SignInLocked locked) {
        if (accounts.findLoginAccount(locked.email()).isEmpty()) {
            return;
        }
        long minutes = Math.max(1, Duration.between(clock.instant(), locked.lockedUntil()).toMinutes());
        RunAs.withRoles("sign-in-lock-alerts", () -> accounts.enabledWithRole(Role.ADMIN).forEach(admin ->
                notices.send(new PersonalNotice("sign-in-locked:" + locked.email() + ":" + locked.lockedUntil() + ":"
                        + admin.id(), admin.id(), "notification.sign-in-locked.subject",
                        "notification.sign-in-locked.text", List.of(locked.email(), String.valueOf(locked.clientAddress()),
                                locked.failures(), minutes), null))),
                Roles.ADMIN);
    }
}
