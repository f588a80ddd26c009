package org.outagedesk.notification.internal;

import java.util.Locale;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings under {@code outagedesk.mail.*}.
 *
 * @param from sender of the portal's mails
 * @param defaultLanguage language of mails to people who have not chosen one ({@code es} or {@code en})
 */
@ConfigurationProperties("outagedesk.mail")
record NotificationProperties(
        @DefaultValue("OutageDesk <outagedesk@demo.local>") String from,
        @DefaultValue("es") String defaultLanguage) {

    /** The language to write in for someone who chose {@code chosen} (a tag, or null: the default); es or en. */
    Locale languageOf(String chosen) {
        return BundleI18NProvider.supported(Locale.forLanguageTag(chosen != null ? chosen : defaultLanguage));
    }
}
