package org.outagedesk.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Accounts and self-service. Refusals the user can act on are {@link AccountException}s
 * carrying a message key. Methods never reveal whether an address has an account.
 */
public interface AccountService {

    /** Whether the registration page is offered. */
    boolean registrationOpen();

    /** The shortest password accepted, to tell users before they type. */
    int minPasswordLength();

    /**
     * Registers a person and e-mails a verification link. An address that already has an
     * account gets a warning mail instead, so the answer is the same either way.
     */
    void register(Registration registration);

    /** Confirms an address with the link's token; refuses a used, unknown or expired one. */
    void verifyEmail(String token);

    /** E-mails a single-use reset link if the address has an enabled account; silent otherwise. */
    void requestPasswordReset(String email);

    /** Sets a new password with a reset (or first set-password) link's token. */
    void resetPassword(String token, String newPassword);

    /** Looks up an account for sign-in; used by the security module only. */
    Optional<LoginAccount> findLoginAccount(String email);

    /**
     * Provisions or refreshes the account of a person the company directory has just signed in
     * (used by the security module only): the first sign-in creates it, or links the existing
     * account with the same address (whose own password then stops working); every sign-in
     * replaces its roles and directory-owned profile fields. Refuses an entry without an address.
     */
    LoginAccount signedInFromDirectory(DirectoryPerson person);

    /** Where these accounts come from and which directory entry each is linked to (used by the security module only). */
    List<DirectoryLink> directoryLinks(Collection<Long> accountIds);

    /** These accounts' roles and state as stored now, to check open sessions against (security module only). */
    List<LoginAccount> loginAccounts(Collection<Long> accountIds);

    /**
     * Takes what the company directory says of a person between sign-ins (used by the security module
     * only): the roles its groups map to now replace the stored ones (when groups are mapped); a
     * disabled or vanished entry stops the account's sign-in and API tokens until the directory signs
     * the person in again.
     */
    void recheckedInDirectory(DirectoryStanding standing);

    /** The signed-in person's account. */
    AccountSummary currentAccount();

    /** Changes the signed-in person's password after checking the current one. */
    void changePassword(String currentPassword, String newPassword);

    /** Changes the signed-in person's profile. */
    AccountSummary updateProfile(ProfileChange change);

    /** Admin: accounts whose address, name or department contains the text. */
    Page<AccountSummary> search(String text, Pageable pageable);

    /** Admin: grants a role. */
    AccountSummary grant(long accountId, Role role);

    /** Admin: revokes a role; refuses the last role, and an admin's own admin role. */
    AccountSummary revoke(long accountId, Role role);

    /** Admin: disables or re-enables an account; refuses the admin's own. */
    AccountSummary setEnabled(long accountId, boolean enabled);

    /** IT staff and managers: how many enabled accounts hold the role (e.g. active end users, for triage shares). */
    long countEnabled(Role role);

    /** IT staff and managers: enabled accounts holding the role, by name (e.g. who can lead an incident). */
    List<AccountSummary> enabledWithRole(Role role);
}
