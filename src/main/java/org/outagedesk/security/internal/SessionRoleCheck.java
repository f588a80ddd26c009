package org.outagedesk.security.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outagedesk.account.AccountOrigin;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.DirectoryLink;
import org.outagedesk.account.DirectoryStanding;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.security.DirectoryProperties;
import org.outagedesk.security.DirectoryUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Every {@code outagedesk.directory.role-recheck}: reads the groups of the people signed in on this
 * node with LDAP again (service account) and stores their roles as they are now, or that the entry
 * is disabled or gone; then ends every open session on this node whose person has lost a role
 * it holds or can no longer sign in, whichever way they signed in (an administrator's revoke or
 * disable bites on the same round). A directory that does not answer changes nothing this round.
 */
@Component
class SessionRoleCheck implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SessionRoleCheck.class);

    private final SignedInSessions sessions;
    private final AccountService accounts;
    private final ObjectProvider<LdapDirectory> ldap;
    private final DirectoryProperties directory;

    SessionRoleCheck(SignedInSessions sessions, AccountService accounts, ObjectProvider<LdapDirectory> ldap,
            DirectoryProperties directory) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.ldap = ldap;
        this.directory = directory;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::run, directory.roleRecheck(), directory.roleRecheck()));
    }

    /** One round; answers how many sessions it ended. */
    int run() {
        List<SignedInSessions.Open> open = sessions.open();
        if (open.isEmpty()) {
            return 0;
        }
        Set<Long> people = open.stream().map(SignedInSessions.Open::accountId).collect(Collectors.toSet());
        recheckInDirectory(people);
        Map<Long, LoginAccount> stored = accounts.loginAccounts(people).stream()
                .collect(Collectors.toMap(LoginAccount::id, Function.identity()));
        int ended = 0;
        for (SignedInSessions.Open session : open) {
            LoginAccount now = stored.get(session.accountId());
            if ((now == null || !now.enabled() || !now.roles().containsAll(session.roles())) && sessions.end(session)) {
                ended++;
                log.info("Ended a session of account {}: its roles shrank or it can no longer sign in",
                        session.accountId());
            }
        }
        return ended;
    }

    private void recheckInDirectory(Set<Long> people) {
        LdapDirectory directoryNow = ldap.getIfAvailable();
        if (directoryNow == null) {
            return;
        }
        List<DirectoryLink> linked = accounts.directoryLinks(people).stream()
                .filter(link -> link.origin() == AccountOrigin.LDAP).toList();
        if (linked.isEmpty()) {
            return;
        }
        List<DirectoryStanding> standings;
        try {
            standings = directoryNow.standings(linked);
        } catch (DirectoryUnavailableException e) {
            log.warn("Role re-check skipped: the LDAP directory did not answer; open sessions keep their roles until the next round");
            return;
        }
        for (DirectoryStanding standing : standings) {
            try {
                accounts.recheckedInDirectory(standing);
            } catch (OptimisticLockingFailureException signingInMeanwhile) {
                log.debug("Account {} changed meanwhile; its sign-in took the directory's word", standing.accountId());
            }
        }
    }
}
