package org.outagedesk.mailerror;

import java.util.Locale;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.mailerror.internal.CatalogueMailErrors;

/**
 * Reads mail error texts. Both methods take any text (null, empty, huge, hostile) and never throw;
 * only the first {@link #MAX_SCANNED_CHARACTERS} characters are read. The catalogue is public
 * knowledge, so no role is needed.
 */
public interface MailErrors {

    /** How much of a text is read; what follows is ignored, which keeps every call bounded. */
    int MAX_SCANNED_CHARACTERS = 16_384;

    /** The signature of an error text; {@link ErrorSignature#NONE} when nothing in it is recognised. */
    ErrorSignature signature(String errorText);

    /**
     * The signature a catalogue entry stands for, for a failure known by its kind rather than by a
     * text (a probe that found the certificate expired); {@link ErrorSignature#NONE} for an unknown key.
     */
    ErrorSignature entry(String entryKey);

    /** The catalogue outside Spring, for plain tests of the modules that read errors. */
    static MailErrors fromCatalogue(BundleI18NProvider i18n) {
        return new CatalogueMailErrors(i18n);
    }

    /** The signature with its catalogue entry's meaning and probable cause in the given language (es or en). */
    default ErrorExplanation explain(String errorText, Locale language) {
        return explain(signature(errorText), language);
    }

    /** A signature already read, put into words in the given language (es or en). */
    ErrorExplanation explain(ErrorSignature signature, Locale language);
}
