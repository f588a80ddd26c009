package org.outagedesk.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.notification.NotificationCentre;
import org.outagedesk.notification.PortalNotification;
import org.outagedesk.incident.StatusUpdateService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-portal notifications are the outbox's IN_PORTAL rows of the signed-in person, rendered as they are read. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class NotificationCentreImpl implements NotificationCentre {

    private static final String MINE = "from outbox_message where recipient_id = ? and channel = 'IN_PORTAL' ";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final StatusUpdateService updates;
    private final PortalNotices notices;

    NotificationCentreImpl(JdbcTemplate jdbc, Clock clock, StatusUpdateService updates, PortalNotices notices) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.updates = updates;
        this.notices = notices;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PortalNotification> mine(int limit, Locale language, ZoneId zone) {
        return notices.latest(me(), limit, Reader.onPage(BundleI18NProvider.supported(language), zone));
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount() {
        Long count = jdbc.queryForObject("select count(*) " + MINE + "and read_at is null", Long.class, me());
        return count == null ? 0 : count;
    }

    @Override
    public void markAllRead() {
        jdbc.update("update outbox_message set read_at = ? where recipient_id = ? and channel = 'IN_PORTAL'"
                + " and read_at is null", Timestamp.from(clock.instant()), me());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PortalNotification> banner(Locale language, ZoneId zone) {
        return notices.newestAboutOpen(me(), 10, updates::openIncidentIds,
                Reader.onPage(BundleI18NProvider.supported(language), zone));
    }

    private static long me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user.accountId();
        }
        throw new org.springframework.security.access.AccessDeniedException("Not signed in");
    }
}
