package org.outagedesk.notification.internal;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.notification.ChatWebhook;
import org.outagedesk.notification.ChatWebhooks;
import org.outagedesk.notification.NotificationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chat webhooks admins configure, each with the language its messages are written in (older
 * ones without one: the default language); the notifier reads the enabled ones without a role check.
 */
@Service
@Transactional
class ChatWebhooksImpl implements ChatWebhooks {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final NotificationProperties mail;

    ChatWebhooksImpl(JdbcTemplate jdbc, Clock clock, NotificationProperties mail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mail = mail;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<ChatWebhook> list() {
        return all();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public ChatWebhook add(String name, String url, UpdateAudience audience, Locale language) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new NotificationException("notification.webhook.error.name");
        }
        if (!validUrl(url)) {
            throw new NotificationException("notification.webhook.error.url");
        }
        jdbc.update("insert into chat_webhook (name, url, audience, language, enabled, created_at)"
                + " values (?, ?, ?, ?, true, ?)", name.strip(), url.strip(),
                (audience == null ? UpdateAudience.INTERNAL : audience).name(),
                (language == null ? defaultLanguage() : BundleI18NProvider.supported(language)).getLanguage(),
                Timestamp.from(clock.instant()));
        return all().getLast();
    }

    @Override
    public Locale defaultLanguage() {
        return mail.languageOf(null);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(long id) {
        jdbc.update("delete from chat_webhook where id = ?", id);
    }

    /** Enabled webhooks whose audience sees updates written for {@code audience}. */
    List<ChatWebhook> enabledFor(UpdateAudience audience) {
        return all().stream().filter(ChatWebhook::enabled).filter(hook -> hook.audience().sees(audience)).toList();
    }

    private List<ChatWebhook> all() {
        return jdbc.query("select id, name, url, audience, language, enabled from chat_webhook order by id",
                (rs, row) -> new ChatWebhook(rs.getLong("id"), rs.getString("name"), rs.getString("url"),
                        UpdateAudience.valueOf(rs.getString("audience")), mail.languageOf(rs.getString("language")),
                        rs.getBoolean("enabled")));
    }

    static boolean validUrl(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && url.length() <= 1000;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
