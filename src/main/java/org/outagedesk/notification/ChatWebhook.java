package org.outagedesk.notification;

import java.util.Locale;
import org.outagedesk.incident.UpdateAudience;

/**
 * An incoming webhook of Microsoft Teams, Slack or Mattermost that receives updates.
 *
 * @param audience the widest audience it hears: INTERNAL gets every update, PUBLIC only public ones
 * @param language the language its messages are written in (a channel has no single reader); times in
 *        them are in the organisation's zone, named
 */
public record ChatWebhook(long id, String name, String url, UpdateAudience audience, Locale language,
        boolean enabled) {}
