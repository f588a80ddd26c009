package org.outagedesk.mailerror.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.mailerror.ErrorCategory;
import org.outagedesk.mailerror.ErrorExplanation;
import org.outagedesk.mailerror.MailErrors;
import org.outagedesk.mailerror.Side;

/** The catalogue file is well formed, large enough, and says every entry in Spanish and English. */
class MailErrorCatalogueTest {

    private static final Locale SPANISH = BundleI18NProvider.SPANISH;
    private static final Locale ENGLISH = BundleI18NProvider.ENGLISH;

    private final Catalogue catalogue = Catalogue.load();
    private final BundleI18NProvider i18n = new BundleI18NProvider();

    @Test
    void holdsAtLeastEightyEntriesWithAValidSideAndCategory() {
        assertThat(catalogue.entries()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(catalogue.entries()).allSatisfy(entry -> {
            assertThat(entry.side()).as(entry.key()).isIn((Object[]) Side.values());
            assertThat(entry.category()).as(entry.key()).isIn((Object[]) ErrorCategory.values());
        });
    }

    @Test
    void everyEntryHasItsMeaningAndCauseInBothBundlesAndInTwoLanguages() {
        Map<String, String> spanish = i18n.messages(SPANISH);
        Map<String, String> english = i18n.messages(ENGLISH);
        List<String> problems = new ArrayList<>();
        for (CatalogueEntry entry : catalogue.entries()) {
            for (String key : List.of(entry.meaningKey(), entry.causeKey())) {
                String es = spanish.get(key);
                String en = english.get(key);
                if (es == null || es.isBlank()) {
                    problems.add("mailerror_es.properties lacks " + key);
                }
                if (en == null || en.isBlank()) {
                    problems.add("mailerror_en.properties lacks " + key);
                }
                if (es != null && es.equals(en)) {
                    problems.add(key + " is the same text in both languages");
                }
            }
        }
        assertThat(problems).as("catalogue texts").isEmpty();
    }

    @Test
    void everySideCategoryAndStatusPartHasItsWords() {
        List<String> keys = new ArrayList<>();
        for (Side side : Side.values()) {
            keys.add("mailerror.side." + side);
        }
        for (ErrorCategory category : ErrorCategory.values()) {
            keys.add("mailerror.category." + category);
        }
        for (String part : List.of("class.2", "class.4", "class.5", "subject.0", "subject.1", "subject.2", "subject.3",
                "subject.4", "subject.5", "subject.6", "subject.7", "subject.other", "unrecognised")) {
            keys.add("mailerror." + part);
        }
        assertThat(keys).allSatisfy(key -> {
            assertThat(i18n.messages(SPANISH)).containsKey(key);
            assertThat(i18n.messages(ENGLISH)).containsKey(key);
        });
    }

    @Test
    void explainsInTheReadersLanguage() {
        MailErrors mailErrors = new CatalogueMailErrors(catalogue, i18n);

        ErrorExplanation spanish = mailErrors.explain("552 5.2.2 Mailbox full", Locale.forLanguageTag("es-ES"));
        ErrorExplanation english = mailErrors.explain("552 5.2.2 Mailbox full", Locale.forLanguageTag("fr"));

        assertThat(spanish.meaning()).isEqualTo("El buzón está lleno.");
        assertThat(spanish.enhancedCode()).isEqualTo("Fallo permanente · buzón");
        assertThat(english.language()).isEqualTo(ENGLISH);
        assertThat(english.probableCause()).isEqualTo("One person's mailbox has reached its quota.");
        assertThat(english.side()).startsWith("Usually the person's own");
        assertThat(mailErrors.explain("the printer is on fire", ENGLISH).probableCause()).isNull();
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber() {
        String header = "# comment\n";
        assertThatThrownBy(() -> Catalogue.parse(header + "a.b\tserver\t4xx\t-\t-\t-\tSIDEWAYS\tDNS\t-\n"))
                .hasMessageContaining("line 2").hasMessageContaining("SIDEWAYS");
        assertThatThrownBy(() -> Catalogue.parse(header + "a.b\tserver\t-\t-\t-\t-\tUSER\tDNS\t-\n"))
                .hasMessageContaining("nothing to match");
        assertThatThrownBy(() -> Catalogue.parse(header + "a.b\tserver\t4xx\t-\t-\t-\tUSER\tDNS\t-\n"
                + "a.b\tserver\t5xx\t-\t-\t-\tUSER\tDNS\t-\n")).hasMessageContaining("line 3").hasMessageContaining("twice");
        assertThatThrownBy(() -> Catalogue.parse(header + "a.b\tserver\t4xx\t9.9.9\t-\t-\tUSER\tDNS\t-\n"))
                .hasMessageContaining("enhanced code '9.9.9'");
    }
}
