package org.outagedesk.mailerror.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.mailerror.MailErrors;

/**
 * The corpus of real-looking error texts (Outlook, Apple Mail and iOS, Android and the Gmail app,
 * Thunderbird, Exchange and Microsoft 365 bounces, Gmail, Postfix, IMAP, POP3, webmail, ActiveSync;
 * Spanish and English, with quotes, HTML, line breaks and sentences around the codes): at least
 * 95 % must be read exactly (entry, reply, enhanced code, protocol, client code, and the entry's side
 * and category); the ones that are not are printed.
 */
class ErrorTextCorpusTest {

    private static final double REQUIRED_SHARE = 0.95;

    private final Catalogue catalogue = Catalogue.load();
    private final MailErrors mailErrors = new CatalogueMailErrors(catalogue, new BundleI18NProvider());

    @Test
    void readsAtLeastNinetyFivePercentOfTheCorpusExactly() {
        List<ErrorTextCorpus.Sample> samples = ErrorTextCorpus.load();
        List<String> misread = new ArrayList<>();
        for (ErrorTextCorpus.Sample sample : samples) {
            String expected = expected(sample);
            String actual = written(mailErrors.signature(sample.text()));
            if (!expected.equals(actual)) {
                misread.add("line " + sample.line() + ": expected " + expected + " but read " + actual);
            }
        }
        int exact = samples.size() - misread.size();
        double share = (double) exact / samples.size();
        System.out.printf("Mail error corpus: %d of %d texts read exactly (%.1f %%)%n", exact, samples.size(),
                100 * share);
        misread.forEach(line -> System.out.println("  not exact: " + line));

        assertThat(samples).as("corpus size").hasSizeGreaterThanOrEqualTo(150);
        assertThat(share).as("share read exactly; not exact: %s", misread).isGreaterThanOrEqualTo(REQUIRED_SHARE);
    }

    @Test
    void everyExpectedEntryOfTheCorpusIsInTheCatalogue() {
        List<String> unknown = ErrorTextCorpus.load().stream().map(ErrorTextCorpus.Sample::entry)
                .filter(Objects::nonNull).filter(key -> catalogue.entry(key).isEmpty()).distinct().toList();
        assertThat(unknown).as("entries the corpus expects but the catalogue lacks").isEmpty();
    }

    private String expected(ErrorTextCorpus.Sample sample) {
        CatalogueEntry entry = sample.entry() == null ? null : catalogue.entry(sample.entry()).orElseThrow();
        return String.join(" | ", text(sample.entry()), text(sample.reply()), text(sample.enhanced()),
                text(sample.protocol()), text(sample.clientCode()), text(entry == null ? null : entry.side()),
                text(entry == null ? null : entry.category()));
    }

    private static String written(ErrorSignature signature) {
        return String.join(" | ", text(signature.entryKey()), text(signature.replyCode()), text(signature.enhancedCode()),
                text(signature.protocol()), text(signature.clientCode()), text(signature.side()),
                text(signature.category()));
    }

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }
}
