package org.outagedesk.mailerror.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.outagedesk.mailerror.MailErrors;

/**
 * An error text made comparable, in time linear in its length: at most
 * {@link MailErrors#MAX_SCANNED_CHARACTERS} characters are read; HTML tags and entities,
 * invisible format characters (zero-width, bidi controls), control characters, line breaks,
 * case, accents, full-width forms and typographic quotes are folded away, and runs of spaces
 * become one. Catalogue phrases are folded the same way, so they meet the text on equal terms.
 */
final class ErrorText {

    /** A limit on what normalisation may grow to (a few characters expand under NFKC). */
    static final int MAX_FOLDED_CHARACTERS = 2 * MailErrors.MAX_SCANNED_CHARACTERS;

    /** An HTML tag: a tag name, then attributes of bounded length; addresses in angle brackets are not tags. */
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,10}(?:[\\s/][^<>]{0,300})?>");
    private static final String[][] ENTITIES = {{"&nbsp;", " "}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
            {"&#39;", "'"}, {"&#x27;", "'"}, {"&apos;", "'"}, {"&amp;", "&"}};

    private ErrorText() {}

    /** The first part of a text that is read at all. */
    static String scannedPart(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MailErrors.MAX_SCANNED_CHARACTERS ? text
                : text.substring(0, MailErrors.MAX_SCANNED_CHARACTERS);
    }

    /** The folded text with one space before and after, so a phrase can be matched at either end. */
    static String fold(String text) {
        String plain = HTML_TAG.matcher(scannedPart(text)).replaceAll(" ");
        for (String[] entity : ENTITIES) {
            plain = plain.replace(entity[0], entity[1]);
        }
        String decomposed = Normalizer.normalize(Normalizer.normalize(plain, Normalizer.Form.NFKC),
                Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(Math.min(decomposed.length(), MAX_FOLDED_CHARACTERS) + 2).append(' ');
        for (int i = 0; i < decomposed.length() && folded.length() < MAX_FOLDED_CHARACTERS; i++) {
            append(folded, decomposed.charAt(i));
        }
        if (folded.charAt(folded.length() - 1) != ' ') {
            folded.append(' ');
        }
        return folded.toString();
    }

    private static void append(StringBuilder folded, char c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return;
        }
        char plain = switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u2032', '`', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            default -> Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSurrogate(c)
                    || type == Character.SPACE_SEPARATOR ? ' ' : c;
        };
        if (plain == ' ' && folded.charAt(folded.length() - 1) == ' ') {
            return;
        }
        folded.append(Character.toLowerCase(plain));
    }

    /**
     * Whether a folded text holds a folded phrase as whole words: where the phrase begins or ends with a
     * letter or digit, the text must not continue it with another one ("timeout" is not in "timeouts").
     */
    static boolean containsPhrase(String folded, String phrase) {
        int from = 0;
        while (true) {
            int at = folded.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + phrase.length();
            boolean startClean = at == 0 || !Character.isLetterOrDigit(phrase.charAt(0))
                    || !Character.isLetterOrDigit(folded.charAt(at - 1));
            boolean endClean = !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1)) || end >= folded.length()
                    || !Character.isLetterOrDigit(folded.charAt(end));
            if (startClean && endClean) {
                return true;
            }
            from = at + 1;
        }
    }

    /** A catalogue phrase folded like a text, without the surrounding spaces. */
    static String foldPhrase(String phrase) {
        return fold(phrase).strip().toLowerCase(Locale.ROOT);
    }
}
