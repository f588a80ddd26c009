package org.outagedesk.account.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.outagedesk.account.AccountOrigin;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.account.DirectoryLink;
import org.outagedesk.account.DirectoryPerson;
import org.outagedesk.account.DirectoryStanding;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.account.NotificationPreferences;
import org.outagedesk.account.ProfileField;
import org.outagedesk.account.Role;

/** A person who can sign in. Guards its own rules: e-mail is normalised, roles never empty. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(nullable = false)
    private String displayName;

    private String passwordHash;
    private boolean emailVerified;
    private boolean enabled = true;
    private String department;
    private String site;
    private String language;
    private String timeZone;
    private boolean notifyByEmail = true;
    private boolean notifyInPortal = true;
    private boolean allPublicUpdates;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AccountOrigin origin = AccountOrigin.LOCAL;
    private String originProvider;
    private String externalId;
    /** Comma-separated {@link ProfileField} names the directory owns. */
    private String directoryFields;
    /** The directory's re-check found the entry disabled or gone; its next sign-in clears this. */
    private boolean disabledInDirectory;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(String email, String displayName, Instant now) {
        this.email = normalise(email);
        this.displayName = displayName.strip();
        this.roles.add(Role.END_USER);
        this.createdAt = now;
        this.updatedAt = now;
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }

    void markVerified(Instant now) {
        this.emailVerified = true;
        this.updatedAt = now;
    }

    void updateProfile(String displayName, String department, String site, String language, String timeZone,
            NotificationPreferences notifications, Instant now) {
        this.displayName = displayName.strip();
        this.department = blankToNull(department);
        this.site = blankToNull(site);
        this.language = blankToNull(language);
        this.timeZone = blankToNull(timeZone);
        this.notifyByEmail = notifications.byEmail();
        this.notifyInPortal = notifications.inPortal();
        this.allPublicUpdates = notifications.allPublicUpdates();
        this.updatedAt = now;
    }

    void changeLanguage(String language, Instant now) {
        this.language = language;
        this.updatedAt = now;
    }

    /** Fills in the language and zone a person has not chosen yet; a choice made is kept. */
    boolean firstSeen(String language, String timeZone, Instant now) {
        boolean changed = false;
        if (this.language == null && language != null) {
            this.language = language;
            changed = true;
        }
        if (this.timeZone == null && timeZone != null) {
            this.timeZone = timeZone;
            changed = true;
        }
        if (changed) {
            this.updatedAt = now;
        }
        return changed;
    }

    void grant(Role role, Instant now) {
        roles.add(role);
        updatedAt = now;
    }

    /** Revokes a role; the last one stays, since an account with no role could open nothing. */
    boolean revoke(Role role, Instant now) {
        if (!roles.contains(role) || roles.size() == 1) {
            return false;
        }
        roles.remove(role);
        updatedAt = now;
        return true;
    }

    /**
     * Hands the account to the directory: its own password stops working (the directory's is the
     * one now), and the address counts as verified since the directory vouches for it.
     */
    void linkToDirectory(DirectoryPerson person, Instant now) {
        this.origin = person.origin();
        this.originProvider = person.provider();
        this.externalId = person.externalId();
        this.passwordHash = null;
        this.emailVerified = true;
        this.updatedAt = now;
    }

    /**
     * Takes what the directory says at this sign-in: the address, roles when it maps them (replaced,
     * so a person removed from a group loses its role now) and each profile value it supplied.
     */
    void refreshFromDirectory(DirectoryPerson person, Instant now) {
        this.email = normalise(person.email());
        EnumSet<ProfileField> owned = EnumSet.noneOf(ProfileField.class);
        if (person.displayName() != null && !person.displayName().isBlank()) {
            this.displayName = person.displayName().strip();
            owned.add(ProfileField.NAME);
        }
        this.department = take(person.department(), this.department, ProfileField.DEPARTMENT, owned);
        this.site = take(person.site(), this.site, ProfileField.SITE, owned);
        this.language = take(person.language(), this.language, ProfileField.LANGUAGE, owned);
        this.timeZone = take(person.timeZone(), this.timeZone, ProfileField.TIME_ZONE, owned);
        this.directoryFields = owned.stream().map(Enum::name).collect(Collectors.joining(","));
        this.disabledInDirectory = false;
        replaceRoles(person.roles());
        this.updatedAt = now;
    }

    /**
     * Takes what the directory says between sign-ins: roles its groups map to now (replaced when it
     * maps them), or that the entry is disabled or gone, which stops sign-in, sessions and API tokens.
     */
    void recheckedInDirectory(DirectoryStanding standing, Instant now) {
        this.disabledInDirectory = !standing.active();
        if (standing.active()) {
            replaceRoles(standing.roles());
        }
        this.updatedAt = now;
    }

    private void replaceRoles(Set<Role> fromDirectory) {
        if (fromDirectory != null) {
            this.roles.clear();
            this.roles.addAll(fromDirectory.isEmpty() ? Set.of(Role.END_USER) : fromDirectory);
        }
    }

    DirectoryLink directoryLink() {
        return new DirectoryLink(id, origin, originProvider, externalId);
    }

    private static String take(String fromDirectory, String current, ProfileField field, Set<ProfileField> owned) {
        if (fromDirectory == null || fromDirectory.isBlank()) {
            return current;
        }
        owned.add(field);
        return fromDirectory.strip();
    }

    Set<ProfileField> directoryFields() {
        if (directoryFields == null || directoryFields.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(directoryFields.split(",")).map(ProfileField::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProfileField.class)));
    }

    AccountOrigin origin() {
        return origin;
    }

    /** Whether this account is already the one of that directory entry. */
    boolean linkedTo(DirectoryPerson person) {
        return origin == person.origin() && Objects.equals(originProvider, person.provider())
                && Objects.equals(externalId, person.externalId());
    }

    String department() {
        return department;
    }

    String site() {
        return site;
    }

    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String language() {
        return language;
    }

    String timeZone() {
        return timeZone;
    }

    boolean enabled() {
        return enabled;
    }

    boolean emailVerified() {
        return emailVerified;
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    AccountSummary summary() {
        return new AccountSummary(id, email, displayName, department, site, language, timeZone, roles(), enabled,
                emailVerified, new NotificationPreferences(notifyByEmail, notifyInPortal, allPublicUpdates),
                createdAt, origin, originProvider, directoryFields(), disabledInDirectory);
    }

    LoginAccount login() {
        return new LoginAccount(id, email, displayName, passwordHash, language, timeZone, roles(),
                enabled && !disabledInDirectory, emailVerified);
    }
}
