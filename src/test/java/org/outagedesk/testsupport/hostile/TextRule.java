package org.outagedesk.testsupport.hostile;

import java.util.Optional;
import org.outagedesk.base.PlainText;

/**
 * A text field's documented rule, and so what the app must do with any input: refuse it with a
 * message, or store it as typed after the documented normalisation (strip surrounding white space,
 * CR LF as LF in multi-line text; see {@link PlainText}).
 *
 * @param max the field's limit
 * @param multiLine whether newlines and tabs are allowed
 * @param codePoints whether the limit counts code points (report form) rather than UTF-16 units
 */
public record TextRule(int max, boolean multiLine, boolean codePoints) {

    public static TextRule line(int max) {
        return new TextRule(max, false, false);
    }

    public static TextRule text(int max) {
        return new TextRule(max, true, false);
    }

    public TextRule countingCodePoints() {
        return new TextRule(max, multiLine, true);
    }

    /** The value that must be stored, empty if the input must be refused; blank input stores nothing (""). */
    public Optional<String> expect(String typed) {
        if (typed.isBlank()) {
            return Optional.of("");
        }
        if (multiLine ? !PlainText.isMultiLine(typed) : !PlainText.isSingleLine(typed)) {
            return Optional.empty();
        }
        String stored = multiLine ? PlainText.normaliseNewlines(typed.strip()) : typed.strip();
        int length = codePoints ? stored.codePointCount(0, stored.length()) : stored.length();
        return length > max ? Optional.empty() : Optional.of(stored);
    }
}
