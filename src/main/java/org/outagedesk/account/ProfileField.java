package org.outagedesk.account;

/** A profile field the company directory can own; owned fields are read-only in the profile. */
public enum ProfileField {
    NAME,
    DEPARTMENT,
    SITE,
    LANGUAGE,
    TIME_ZONE
}
