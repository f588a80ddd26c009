package org.outagedesk.account;

/** The fields a person may change in their own profile. */
public record ProfileChange(
        String displayName, String department, String site, String language, String timeZone,
        NotificationPreferences notifications) {}
