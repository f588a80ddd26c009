package org.outagedesk.mailerror;

import java.util.Locale;

/**
 * A signature put into words for one reader, rendered when asked (nothing here is stored).
 *
 * @param signature the structured signature
 * @param language the language of the texts (Spanish or English)
 * @param meaning what the error means, or what to do when it was not recognised
 * @param probableCause the usual cause, or null when the text was not recognised
 * @param side whose side it usually is, in words, or null
 * @param category the kind of failure, in words, or null
 * @param enhancedCode the enhanced status code's class and subject in words, or null
 */
public record ErrorExplanation(ErrorSignature signature, Locale language, String meaning, String probableCause,
        String side, String category, String enhancedCode) {}
