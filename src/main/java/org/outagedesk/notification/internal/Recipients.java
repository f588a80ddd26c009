package org.outagedesk.notification.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.account.NotificationPreferences;
import org.outagedesk.account.Role;
import org.outagedesk.base.OrganisationProperties;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.incident.UpdateAudience;
import org.springframework.stereotype.Component;

/**
 * Who gets an update: the IT team always; management from MANAGEMENT up; for PUBLIC updates
 * also the people who reported, joined or follow the incident and those who asked for every
 * public update. Configured lists name addresses; an address without an account still gets e-mail.
 * Runs in the posting staff member's context (the account lookups are staff-only).
 */
@Component
class Recipients {

    /**
     * One person, how they read (language and zone: their profile's, else the default language and
     * the organisation's zone) and the channels they want.
     */
    record Recipient(Long accountId, String email, Locale language, ZoneId zone, boolean byEmail,
            boolean inPortal) {

        /** How mail is rendered for them: their language, times in their zone with the zone named. */
        Reader mailReader() {
            return Reader.ofMail(language, zone);
        }
    }

    private final AccountService accounts;
    private final IncidentFollowers followers;
    private final CommunicationProperties properties;
    private final NotificationProperties mail;
    private final OrganisationProperties organisation;

    Recipients(AccountService accounts, IncidentFollowers followers, CommunicationProperties properties,
            NotificationProperties mail, OrganisationProperties organisation) {
        this.accounts = accounts;
        this.followers = followers;
        this.properties = properties;
        this.mail = mail;
        this.organisation = organisation;
    }

    List<Recipient> of(StatusUpdate update, Collection<Long> reporterIds) {
        Set<Long> reporters = Set.copyOf(reporterIds);
        Set<Long> following = update.audience() == UpdateAudience.PUBLIC ? followers.of(update.incidentId()) : Set.of();
        return forAudience(update.audience(),
                account -> reporters.contains(account.id()) || following.contains(account.id()));
    }

    /**
     * Who hears of something written for {@code audience} that concerns no incident (planned
     * maintenance): the IT team, management from MANAGEMENT up, and for PUBLIC those who asked for
     * every public update.
     */
    List<Recipient> of(UpdateAudience audience) {
        return forAudience(audience, account -> false);
    }

    private List<Recipient> forAudience(UpdateAudience audience, Predicate<AccountSummary> concerned) {
        Map<Long, AccountSummary> everyone = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            accounts.enabledWithRole(role).forEach(account -> everyone.putIfAbsent(account.id(), account));
        }
        Map<String, Recipient> chosen = new LinkedHashMap<>();
        list(properties.itTeam(), Role.IT_STAFF, everyone.values(), chosen);
        if (audience != UpdateAudience.INTERNAL) {
            list(properties.management(), Role.MANAGER, everyone.values(), chosen);
        }
        if (audience == UpdateAudience.PUBLIC) {
            everyone.values().stream()
                    .filter(account -> concerned.test(account) || account.notifications().allPublicUpdates())
                    .forEach(account -> add(account, chosen));
        }
        return new ArrayList<>(chosen.values());
    }

    private void list(List<String> configured, Role byDefault, Collection<AccountSummary> everyone,
            Map<String, Recipient> chosen) {
        if (configured.isEmpty()) {
            everyone.stream().filter(account -> account.has(byDefault)).forEach(account -> add(account, chosen));
            return;
        }
        Map<String, AccountSummary> byEmail = everyone.stream()
                .collect(Collectors.toMap(account -> key(account.email()), account -> account, (a, b) -> a));
        for (String address : configured) {
            AccountSummary account = byEmail.get(key(address));
            if (account != null) {
                add(account, chosen);
            } else {
                chosen.putIfAbsent(key(address), new Recipient(null, address.strip(),
                        mail.languageOf(null), organisation.zoneForUnknownReaders(), true, false));
            }
        }
    }

    /** One enabled account as a recipient with the channels it wants; empty if there is no such account. */
    Optional<Recipient> account(long accountId) {
        for (Role role : Role.values()) {
            Optional<AccountSummary> found = accounts.enabledWithRole(role).stream()
                    .filter(account -> account.id() == accountId).findFirst();
            if (found.isPresent()) {
                return found.map(this::recipient);
            }
        }
        return Optional.empty();
    }

    private void add(AccountSummary account, Map<String, Recipient> chosen) {
        chosen.putIfAbsent(key(account.email()), recipient(account));
    }

    /** The account as a recipient: its language and zone (or the defaults) and the channels it wants. */
    Recipient recipient(AccountSummary account) {
        NotificationPreferences wants = account.notifications() != null ? account.notifications()
                : NotificationPreferences.defaults();
        return new Recipient(account.id(), account.email(),
                mail.languageOf(account.language()),
                zone(account.timeZone()), wants.byEmail(), wants.inPortal());
    }

    /** The account's zone; when it has none (or a zone this Java no longer knows), the organisation's. */
    private ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? organisation.zoneForUnknownReaders() : ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return organisation.zoneForUnknownReaders();
        }
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
