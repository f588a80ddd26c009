package org.outagedesk.notification;

import java.util.List;
import java.util.Locale;
import org.outagedesk.incident.UpdateAudience;

/** Admins: the chat webhooks that receive updates. */
public interface ChatWebhooks {

    List<ChatWebhook> list();

    /** Adds a webhook; its messages are written in {@code language} (null: the default language). */
    ChatWebhook add(String name, String url, UpdateAudience audience, Locale language);

    void remove(long id);

    /** The language a webhook writes in unless it is given one (the configured default language). */
    Locale defaultLanguage();
}
