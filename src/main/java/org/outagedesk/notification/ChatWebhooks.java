package org.outagedesk.notification;

import java.util.List;
import org.outagedesk.incident.UpdateAudience;

/** Admins: the chat webhooks that receive updates. */
public interface ChatWebhooks {

    List<ChatWebhook> list();

    ChatWebhook add(String name, String url, UpdateAudience audience);

    void remove(long id);
}
