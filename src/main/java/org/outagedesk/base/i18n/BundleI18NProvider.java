package org.outagedesk.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations for Spanish and English. Each module keeps its own bundle pair under
 * {@code i18n/} ({@code account_es.properties}, {@code account_en.properties}, ...); this
 * provider merges them, so a module adds strings without touching another module's files.
 */
@Component
public class BundleI18NProvider implements I18NProvider {

    public static final Locale SPANISH = Locale.forLanguageTag("es");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LANGUAGES = List.of(SPANISH, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(BundleI18NProvider.class);

    private final Map<String, Map<String, String>> messagesByLanguage = new HashMap<>();

    public BundleI18NProvider() {
        for (Locale language : LANGUAGES) {
            messagesByLanguage.put(language.getLanguage(), load(language));
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = messages(locale).get(key);
        if (pattern == null) {
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    /** The language OutageDesk will speak for the given locale: Spanish or English. */
    public static Locale supported(Locale locale) {
        return locale != null && SPANISH.getLanguage().equals(locale.getLanguage()) ? SPANISH : ENGLISH;
    }

    /** All keys and texts of one language, for tests and for templates rendered outside a UI. */
    public Map<String, String> messages(Locale locale) {
        return messagesByLanguage.get(supported(locale).getLanguage());
    }

    private static Map<String, String> load(Locale language) {
        Map<String, String> merged = new HashMap<>();
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_" + language.getLanguage() + ".properties");
            for (Resource bundle : bundles) {
                Properties properties = new Properties();
                try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((key, value) -> merged.put((String) key, (String) value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message bundles", e);
        }
        return Map.copyOf(merged);
    }
}
