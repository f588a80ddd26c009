package org.outagedesk.testsupport;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.outagedesk.base.i18n.BundleI18NProvider;

/**
 * Finds words of the other language in what a page shows: a word is Spanish when the Spanish
 * bundles use it and the English ones never do (and the other way round), so a Spanish text that
 * reaches an English page, or an English one a Spanish page, is caught by the words it is made
 * of, without a list to keep up to date. Texts people wrote are taken out first by the caller.
 */
public final class OtherLanguageWords {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}|<[^>]*>|&\\w+;");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final int SHORTEST = 4;
    /** Loanwords Spanish IT writes as English does ("webmail" in the Spanish SOP hints). */
    private static final Set<String> BOTH = Set.of("webmail");

    private static final Set<String> SPANISH_ONLY;
    private static final Set<String> ENGLISH_ONLY;

    static {
        Set<String> spanish = words("es");
        Set<String> english = words("en");
        SPANISH_ONLY = new HashSet<>(spanish);
        SPANISH_ONLY.removeAll(english);
        ENGLISH_ONLY = new HashSet<>(english);
        ENGLISH_ONLY.removeAll(spanish);
        ENGLISH_ONLY.removeAll(BOTH);
    }

    private OtherLanguageWords() {}

    /** The words of {@code text} that belong to the language other than {@code language} ("en"/"es"). */
    public static Set<String> in(String text, String language) {
        Set<String> foreign = language.equals("es") ? ENGLISH_ONLY : SPANISH_ONLY;
        Set<String> found = new TreeSet<>();
        for (String word : NOT_A_LETTER.split(text)) {
            String key = key(word);
            if (key.length() >= SHORTEST && foreign.contains(key)) {
                found.add(word);
            }
        }
        return found;
    }

    private static Set<String> words(String language) {
        Set<String> words = new HashSet<>();
        for (String value : new BundleI18NProvider().messages(Locale.forLanguageTag(language)).values()) {
            for (String word : NOT_A_LETTER.split(PLACEHOLDER.matcher(value).replaceAll(" "))) {
                if (word.length() >= SHORTEST) {
                    words.add(key(word));
                }
            }
        }
        return words;
    }

    /** Lower case; accents are kept, since "está" and "esta" are both Spanish but only one is in a bundle. */
    private static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
