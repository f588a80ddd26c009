package org.outagedesk.runbook;

import java.util.Locale;

/** A template version people can choose or edit. */
public record TemplateSummary(long id, String key, int versionNo, String nameEs, String nameEn) {

    public String name(Locale locale) {
        return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
    }
}
