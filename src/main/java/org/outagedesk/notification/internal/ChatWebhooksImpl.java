package org.outagedesk.notification.internal;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.notification.ChatWebhook;
import org.outagedesk.notification.ChatWebhooks;
import org.outagedesk.notification.NotificationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The chat webhooks admins configure; the notifier reads the enabled ones without a role check. */
@Service
@Transactional
class ChatWebhooksImpl implements ChatWebhooks {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ChatWebhooksImpl(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<ChatWebhook> list() {
        return all();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public ChatWebhook add(String name, String url, UpdateAudience audience) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new NotificationException("notification.webhook.error.name");
        }
        if (!validUrl(url)) {
            throw new NotificationException("notification.webhook.error.url");
        }
        jdbc.update("insert into chat_webhook (name, url, audience, enabled, created_at) values (?, ?, ?, true, ?)",
                name.strip(), url.strip(), (audience == null ? UpdateAudience.INTERNAL : audience).name(),
                Timestamp.from(clock.instant()));
        return all().getLast();
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
        return jdbc.query("select id, name, url, audience, enabled from chat_webhook order by id",
                (rs, row) -> new ChatWebhook(rs.getLong("id"), rs.getString("name"), rs.getString("url"),
                        UpdateAudience.valueOf(rs.getString("audience")), rs.getBoolean("enabled")));
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
