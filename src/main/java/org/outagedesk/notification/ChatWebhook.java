package org.outagedesk.notification;

import org.outagedesk.incident.UpdateAudience;

/**
 * An incoming webhook of Microsoft Teams, Slack or Mattermost that receives updates.
 *
 * @param audience the widest audience it hears: INTERNAL gets every update, PUBLIC only public ones
 */
public record ChatWebhook(long id, String name, String url, UpdateAudience audience, boolean enabled) {}
