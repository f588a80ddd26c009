package org.outagedesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.TimelineText;

/**
 * Checks on a text the system renders for a reader: every key found (the bundle answers a missing
 * one with "!key!"), no internal name (an enum constant) and no word of the other language. Sample
 * arguments must be neutral (no accents, no function words) for the language check to mean something.
 */
public final class ReaderLanguage {

    public static final Locale ENGLISH = BundleI18NProvider.ENGLISH;
    public static final Locale SPANISH = BundleI18NProvider.SPANISH;

    private static final BundleI18NProvider I18N = new BundleI18NProvider();
    private static final Pattern KEY = Pattern.compile("![a-z]+\\.[\\w.-]+!|\\b[a-z]+\\.[a-z-]+\\.[\\w.-]+\\b");
    private static final Pattern SPANISH_WORDS = Pattern.compile(
            "\\b(el|la|los|las|de|del|en|una|un|como|desde|con|para|y|más)\\b|[áéíóúñ¿¡]", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_WORDS = Pattern.compile(
            "\\b(the|an|of|to|as|from|on|for|with|and|more|since|posted|marked|added|signed)\\b",
            Pattern.CASE_INSENSITIVE);

    private ReaderLanguage() {}

    /** A timeline renderer for a reader of {@code language} in {@code zone}, as the pages and the export build it. */
    public static TimelineText timelineText(Locale language, ZoneId zone) {
        return new TimelineText((key, arguments) -> I18N.getTranslation(key, language, arguments),
                at -> time(at, language, zone), language);
    }

    public static String time(Instant at, Locale language, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                .withZone(zone).format(at);
    }

    /** Fails if {@code text} shows a key, one of {@code internalNames}, or a word of the language the reader does not read. */
    public static void assertReadsIn(Locale reader, String text, Enum<?>[]... internalNames) {
        assertThat(text).as("rendered text").isNotBlank();
        assertThat(KEY.matcher(text).find()).as("a message key shows in: %s", text).isFalse();
        Arrays.stream(internalNames).flatMap(Arrays::stream).map(Enum::name).filter(name -> name.length() > 2)
                .forEach(name -> assertThat(Pattern.compile("\\b" + name + "\\b").matcher(text).find())
                        .as("the internal name %s shows in: %s", name, text).isFalse());
        Pattern other = reader.getLanguage().equals("es") ? ENGLISH_WORDS : SPANISH_WORDS;
        assertThat(other.matcher(text).find()).as("a word of the other language shows in the %s text: %s",
                reader.getDisplayLanguage(ENGLISH), text).isFalse();
    }
}
