package org.outagedesk.notification;

/**
 * An argument of a {@link PersonalNotice} that is itself words the system chose, such as a priority
 * or a status: a message key shown in each reader's language (never the internal name behind it).
 */
public record NoticeLabel(String key) {}
