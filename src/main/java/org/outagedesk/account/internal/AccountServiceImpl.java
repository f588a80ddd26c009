package org.outagedesk.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.outagedesk.account.AccountException;
import org.outagedesk.account.AccountOrigin;
import org.outagedesk.account.AccountProperties;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.account.DirectoryLink;
import org.outagedesk.account.DirectoryPerson;
import org.outagedesk.account.DirectoryStanding;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.account.NotificationPreferences;
import org.outagedesk.account.ProfileChange;
import org.outagedesk.account.ProfileField;
import org.outagedesk.account.Registration;
import org.outagedesk.account.Role;
import org.outagedesk.base.DisplayNames;
import org.outagedesk.base.ReaderPreferences;
import org.outagedesk.base.PlainText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AccountServiceImpl implements AccountService, ReaderPreferences, DisplayNames {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]{2,}$");
    private static final int MAX_TEXT = 120;

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final AccountLinks links;
    private final PasswordEncoder passwordEncoder;
    private final AccountProperties properties;
    private final Clock clock;
    private final SameDuration resetTime;
    private final SameDuration signUpTime;
    private final DirectoryPresence directory;

    AccountServiceImpl(UserAccountRepository accounts, AccountTokenRepository tokens, AccountLinks links,
            PasswordEncoder passwordEncoder, AccountProperties properties, Clock clock,
            PlatformTransactionManager transactionManager, DirectoryPresence directory) {
        this.directory = directory;
        this.accounts = accounts;
        this.tokens = tokens;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
        this.resetTime = new SameDuration(transactionManager, SameDuration.RESET);
        this.signUpTime = new SameDuration(transactionManager, SameDuration.SIGN_UP);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean registrationOpen() {
        Boolean enabled = properties.registration().enabled();
        return enabled != null ? enabled : !directory.configured();
    }

    @Override
    @Transactional(readOnly = true)
    public int minPasswordLength() {
        return properties.registration().minPasswordLength();
    }

    /**
     * Signs up, or mails the owner of an existing address instead. Both paths hash the password
     * and answer after the same time, so neither the reply nor its timing tells whether the
     * address has an account.
     */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void register(Registration registration) {
        if (!registrationOpen()) {
            throw new AccountException("account.register.closed");
        }
        String email = UserAccount.normalise(registration.email());
        checkEmail(email);
        if (!properties.registration().allows(email)) {
            throw new AccountException("account.register.domain-not-allowed",
                    String.join(", ", properties.registration().allowedDomains()));
        }
        String displayName = requiredText(registration.displayName(), "account.error.name-required");
        PasswordPolicy.check(registration.password(), email, minPasswordLength());
        optionalText(registration.department());
        optionalText(registration.site());
        signUpTime.run(() -> signUp(email, displayName, registration));
    }

    private void signUp(String email, String displayName, Registration registration) {
        String passwordHash = passwordEncoder.encode(registration.password());
        Optional<UserAccount> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            if (account.emailVerified()) {
                links.sendAlreadyRegistered(account);
            } else {
                links.sendVerification(account);
            }
            return;
        }
        Instant now = clock.instant();
        UserAccount account = new UserAccount(email, displayName, now);
        account.changePassword(passwordHash, now);
        account.updateProfile(displayName, registration.department(), registration.site(),
                supportedLanguage(registration.language()), null, NotificationPreferences.defaults(),
                now);
        accounts.save(account);
        links.sendVerification(account);
    }

    @Override
    public void verifyEmail(String token) {
        AccountToken used = useToken(token, AccountToken.Purpose.VERIFY_EMAIL);
        accounts.findById(used.accountId()).ifPresent(account -> account.markVerified(clock.instant()));
    }

    /** Mails a reset link to an enabled account; answers the same, after the same time, for any address. */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void requestPasswordReset(String email) {
        resetTime.run(() -> accounts.findByEmail(UserAccount.normalise(email))
                .filter(UserAccount::enabled)
                .filter(account -> account.origin() == AccountOrigin.LOCAL)
                .ifPresent(links::sendPasswordReset));
    }

    @Override
    public void resetPassword(String token, String newPassword) {
        AccountToken candidate = tokens.findByTokenHash(Secrets.hash(nullToEmpty(token)))
                .filter(found -> found.purpose() == AccountToken.Purpose.RESET_PASSWORD)
                .filter(found -> found.usableAt(clock.instant()))
                .orElseThrow(() -> new AccountException("account.reset.invalid-link"));
        UserAccount account = accounts.findById(candidate.accountId())
                .orElseThrow(() -> new AccountException("account.reset.invalid-link"));
        PasswordPolicy.check(newPassword, account.email(), minPasswordLength());
        Instant now = clock.instant();
        tokens.useAll(account.id(), AccountToken.Purpose.RESET_PASSWORD, now);
        account.changePassword(passwordEncoder.encode(newPassword), now);
        account.markVerified(now);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LoginAccount> findLoginAccount(String email) {
        return accounts.findByEmail(UserAccount.normalise(email)).map(UserAccount::login);
    }

    @Override
    public LoginAccount signedInFromDirectory(DirectoryPerson person) {
        String email = UserAccount.normalise(person.email());
        if (email.isEmpty()) {
            throw new AccountException("account.directory.no-email");
        }
        checkEmail(email);
        Instant now = clock.instant();
        UserAccount account = accounts.findByOriginProviderAndExternalId(person.provider(), person.externalId())
                .or(() -> accounts.findByEmail(email))
                .orElseGet(() -> accounts.save(new UserAccount(email, email, now)));
        if (!email.equals(account.email()) && accounts.findByEmail(email).isPresent()) {
            throw new AccountException("account.directory.email-taken");
        }
        if (!account.linkedTo(person)) {
            account.linkToDirectory(person, now);
        }
        account.refreshFromDirectory(new DirectoryPerson(person.origin(), person.provider(), person.externalId(), email,
                fit(person.displayName()), fit(person.department()), fit(person.site()),
                supportedLanguage(person.language()), knownZoneOrNone(person.timeZone()), person.roles()), now);
        return account.login();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DirectoryLink> directoryLinks(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream().map(UserAccount::directoryLink).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LoginAccount> loginAccounts(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream().map(UserAccount::login).toList();
    }

    @Override
    public void recheckedInDirectory(DirectoryStanding standing) {
        accounts.findById(standing.accountId()).ifPresent(account ->
                account.recheckedInDirectory(standing, clock.instant()));
    }

    /** A directory value as a profile field holds it: one line, at most {@value #MAX_TEXT} characters, or none. */
    private static String fit(String value) {
        if (value == null || !PlainText.isSingleLine(value)) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AccountSummary currentAccount() {
        return current().summary();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = current();
        if (currentPassword == null || !account.hasPassword()
                || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new AccountException("account.password.current-wrong");
        }
        PasswordPolicy.check(newPassword, account.email(), minPasswordLength());
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public AccountSummary updateProfile(ProfileChange change) {
        UserAccount account = current();
        Set<ProfileField> owned = account.directoryFields();
        String displayName = owned.contains(ProfileField.NAME) ? account.displayName()
                : requiredText(change.displayName(), "account.error.name-required");
        String department = owned.contains(ProfileField.DEPARTMENT) ? account.department()
                : optionalText(change.department());
        String site = owned.contains(ProfileField.SITE) ? account.site() : optionalText(change.site());
        String language = owned.contains(ProfileField.LANGUAGE) ? account.language()
                : supportedLanguage(change.language());
        String zone = owned.contains(ProfileField.TIME_ZONE) ? account.timeZone() : knownZone(change.timeZone());
        account.updateProfile(displayName, department, site, language, zone, change.notifications(), clock.instant());
        return account.summary();
    }

    @Override
    @PreAuthorize("isAuthenticated() and #accountId == principal.accountId()")
    public void remember(long accountId, Locale language) {
        accounts.findById(accountId).ifPresent(account ->
                account.changeLanguage(supportedLanguage(language.getLanguage()), clock.instant()));
    }

    @Override
    @PreAuthorize("isAuthenticated() and #accountId == principal.accountId()")
    public ZoneId firstSeen(long accountId, Locale language, ZoneId zone) {
        return accounts.findById(accountId).map(account -> {
            account.firstSeen(language == null ? null : supportedLanguage(language.getLanguage()),
                    zone == null ? null : zone.getId(), clock.instant());
            return account.timeZone();
        }).map(ZoneId::of).orElse(null);
    }

    /** A zone id the JDK knows, or {@code null} for none; anything else is refused in the person's language. */
    private static String knownZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zone.strip()).getId();
        } catch (java.time.DateTimeException e) {
            throw new AccountException("account.error.time-zone");
        }
    }

    /** The directory's time zone if the JDK knows it; a zone it does not know is left out, not refused. */
    private static String knownZoneOrNone(String zone) {
        try {
            return knownZone(zone);
        } catch (AccountException e) {
            return null;
        }
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<String> of(long accountId) {
        return accounts.findById(accountId).map(UserAccount::displayName);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('IT_STAFF', 'MANAGER', 'ADMIN')")
    public long countEnabled(Role role) {
        return accounts.countByEnabledTrueAndDisabledInDirectoryFalseAndRolesContaining(role);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('IT_STAFF', 'MANAGER', 'ADMIN')")
    public List<AccountSummary> enabledWithRole(Role role) {
        return accounts.findByEnabledTrueAndDisabledInDirectoryFalseAndRolesContainingOrderByDisplayName(role).stream()
                .map(UserAccount::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<AccountSummary> search(String text, Pageable pageable) {
        return accounts.search(nullToEmpty(text).strip(), pageable).map(UserAccount::summary);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary grant(long accountId, Role role) {
        UserAccount account = byId(accountId);
        account.grant(role, clock.instant());
        return account.summary();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary revoke(long accountId, Role role) {
        UserAccount account = byId(accountId);
        if (role == Role.ADMIN && accountId == CurrentAccount.id()) {
            throw new AccountException("account.admin.cannot-revoke-own-admin");
        }
        if (!account.revoke(role, clock.instant())) {
            throw new AccountException("account.admin.last-role");
        }
        return account.summary();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary setEnabled(long accountId, boolean enabled) {
        if (!enabled && accountId == CurrentAccount.id()) {
            throw new AccountException("account.admin.cannot-disable-self");
        }
        UserAccount account = byId(accountId);
        account.setEnabled(enabled, clock.instant());
        return account.summary();
    }

    private UserAccount current() {
        return byId(CurrentAccount.id());
    }

    private UserAccount byId(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new AccountException("account.error.not-found"));
    }

    private AccountToken useToken(String token, AccountToken.Purpose purpose) {
        AccountToken found = tokens.findByTokenHash(Secrets.hash(nullToEmpty(token)))
                .filter(candidate -> candidate.purpose() == purpose)
                .filter(candidate -> candidate.usableAt(clock.instant()))
                .orElseThrow(() -> new AccountException("account.verify.invalid-link"));
        found.use(clock.instant());
        return found;
    }

    private static void checkEmail(String email) {
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new AccountException("account.error.email-invalid");
        }
    }

    private static String requiredText(String value, String missingKey) {
        if (value == null || value.isBlank()) {
            throw new AccountException(missingKey);
        }
        return optionalText(value);
    }

    private static String optionalText(String value) {
        if (value != null && (value.length() > MAX_TEXT || !PlainText.isSingleLine(value))) {
            throw new AccountException("account.error.text-invalid", MAX_TEXT);
        }
        return value;
    }

    private static String supportedLanguage(String language) {
        return language == null || language.isBlank() ? null : "es".equals(language) ? "es" : "en";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
