package org.outagedesk.mailerror.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.mailerror.ErrorExplanation;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.mailerror.MailErrors;
import org.outagedesk.testsupport.hostile.HostileCorpus;
import org.outagedesk.testsupport.hostile.HostileInput;

/**
 * Hostile input never breaks the reading of error texts: the project's hostile corpus (XSS, SQL,
 * control characters, bidi, emoji, CRLF, oversized values) and inputs aimed at this parser (megabytes,
 * regex-bomb shapes, endless tags and entities, combining marks, expanding characters, lone surrogates,
 * nulls) give no exception in either language. The work is bounded by construction, not by a stopwatch:
 * only the first {@link MailErrors#MAX_SCANNED_CHARACTERS} characters are read, which these tests pin down.
 */
class HostileErrorTextTest {

    private static final int MAX = MailErrors.MAX_SCANNED_CHARACTERS;
    private static final String MEGABYTE_OF_A = "a".repeat(1 << 20);

    private final MailErrors mailErrors = new CatalogueMailErrors(new BundleI18NProvider());

    @Test
    void noHostileTextThrowsInEitherLanguage() {
        List<HostileInput> inputs = new ArrayList<>(HostileCorpus.texts());
        inputs.addAll(HostileCorpus.oversized(MAX));
        inputs.addAll(aimedAtTheParser());
        List<String> failures = new ArrayList<>();
        for (HostileInput input : inputs) {
            for (Locale language : BundleI18NProvider.LANGUAGES) {
                try {
                    ErrorExplanation explanation = mailErrors.explain(input.value(), language);
                    if (explanation.meaning() == null || explanation.meaning().startsWith("!")) {
                        failures.add(input.describe() + ": no meaning in " + language);
                    }
                } catch (RuntimeException e) {
                    failures.add(input.describe() + ": " + e);
                }
            }
        }
        System.out.printf("Hostile error texts: %d inputs x 2 languages, %d failures%n", inputs.size(), failures.size());
        assertThat(inputs).hasSizeGreaterThan(500);
        assertThat(failures).as("hostile error texts that failed").isEmpty();
    }

    @Test
    void nullEmptyAndBlankAreNothingRecognised() {
        for (String nothing : new String[] {null, "", "   ", "\n\t", "\u200B\u200E"}) {
            assertThat(mailErrors.signature(nothing)).isEqualTo(ErrorSignature.NONE);
        }
    }

    @Test
    void onlyTheFirstCappedPartOfATextIsRead() {
        String code = " 552 5.2.2 Mailbox full";
        String beyond = "x".repeat(MAX) + code;
        String within = "x".repeat(MAX - code.length() - 1) + " " + code;

        assertThat(ErrorText.scannedPart(beyond)).hasSize(MAX);
        assertThat(mailErrors.signature(beyond)).isEqualTo(ErrorSignature.NONE);
        assertThat(mailErrors.signature(within).entryKey()).isEqualTo("smtp.mailbox-full");
    }

    @Test
    void whatIsReadOfAHugeTextIsWhatIsReadOfItsCappedPart() {
        String huge = ("550 5.1.1 user unknown <b>\u200B" + "5.5.".repeat(50)).repeat(200_000);

        assertThat(huge.length()).isGreaterThan(100 * MAX);
        assertThat(ErrorText.fold(huge)).isEqualTo(ErrorText.fold(huge.substring(0, MAX)));
        assertThat(mailErrors.signature(huge)).isEqualTo(mailErrors.signature(huge.substring(0, MAX)));
    }

    @Test
    void foldingNeverGrowsPastItsBoundEvenForExpandingCharacters() {
        String expanding = "\uFDFA".repeat(MAX);

        assertThat(ErrorText.fold(expanding).length()).isLessThanOrEqualTo(ErrorText.MAX_FOLDED_CHARACTERS + 1);
        assertThat(ErrorText.fold(MEGABYTE_OF_A).length()).isLessThanOrEqualTo(MAX + 2);
    }

    @Test
    void invisibleAndLookAlikeCharactersDoNotHideACode() {
        assertThat(mailErrors.signature("5\u200B5\u200C0 5.\u20607.1 re\u00ADlay\u00A0access denied").entryKey())
                .isEqualTo("smtp.relay-denied");
        assertThat(mailErrors.signature("\u202E\uFF15\uFF15\uFF12 \uFF15.\uFF12.\uFF12 over quota").enhancedCode())
                .hasToString("5.2.2");
    }

    private static List<HostileInput> aimedAtTheParser() {
        List<HostileInput> inputs = new ArrayList<>();
        inputs.add(new HostileInput("parser:megabyte", MEGABYTE_OF_A));
        inputs.add(new HostileInput("parser:catastrophic-backtracking", "a".repeat(50_000) + "!"));
        inputs.add(new HostileInput("parser:digits", "5".repeat(1 << 20)));
        inputs.add(new HostileInput("parser:dotted-digits", "5.".repeat(500_000)));
        inputs.add(new HostileInput("parser:reply-prefixes", "550-".repeat(250_000)));
        inputs.add(new HostileInput("parser:codes", "550 5.1.1 ".repeat(100_000)));
        inputs.add(new HostileInput("parser:hex-prefixes", "0x".repeat(500_000)));
        inputs.add(new HostileInput("parser:open-tags", "<".repeat(1 << 20)));
        inputs.add(new HostileInput("parser:unclosed-tag", "<a " + "x".repeat(1 << 20)));
        inputs.add(new HostileInput("parser:nested-tags", "<b><i>".repeat(100_000)));
        inputs.add(new HostileInput("parser:entities", "&nbsp;&amp;&lt;".repeat(100_000)));
        inputs.add(new HostileInput("parser:combining-marks", "a" + "\u0301".repeat(1 << 20)));
        inputs.add(new HostileInput("parser:expanding", "\uFDFA".repeat(1 << 18)));
        inputs.add(new HostileInput("parser:lone-surrogates", "\uD800x\uDC00".repeat(100_000)));
        inputs.add(new HostileInput("parser:nulls", "\u0000".repeat(1 << 20)));
        inputs.add(new HostileInput("parser:controls", "550\u0000 5.1.1\u0007\u001B[31m user unknown\r\n"));
        inputs.add(new HostileInput("parser:bidi", "\u202E550 5.1.1\u202C \u2066user unknown\u2069"));
        inputs.add(new HostileInput("parser:phrase-prefixes", "timeou".repeat(200_000)));
        inputs.add(new HostileInput("parser:regex-syntax", "(a+)+$ [^\\d]* .*.*.*= \\Q\\E (?<x>)".repeat(10_000)));
        inputs.add(new HostileInput("parser:http", "http/".repeat(200_000)));
        inputs.add(new HostileInput("parser:imap-brackets", "* no [".repeat(200_000)));
        return inputs;
    }
}
