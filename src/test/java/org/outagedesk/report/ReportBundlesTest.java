package org.outagedesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The report module's texts exist in both languages, and every pattern is a valid message format. */
class ReportBundlesTest {

    static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = ReportBundlesTest.class.getResourceAsStream("/i18n/report_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("es").keySet()).containsExactlyInAnyOrderElementsOf(bundle("en").keySet());
    }

    @Test
    void everyEnumValueHasALabel() throws IOException {
        for (String language : new String[] {"en", "es"}) {
            Properties texts = bundle(language);
            for (Symptom symptom : Symptom.values()) {
                assertThat(texts).containsKeys("report.symptom." + symptom, "report.symptom." + symptom + ".hint");
            }
            for (MailClient client : MailClient.values()) {
                assertThat(texts).containsKey("report.client." + client);
            }
            for (ReportStatus status : ReportStatus.values()) {
                assertThat(texts).containsKey("report.status." + status);
            }
        }
    }

    @Test
    void patternsWithArgumentsAreValidMessageFormats() throws IOException {
        for (String language : new String[] {"en", "es"}) {
            bundle(language).forEach((key, pattern) -> {
                if (pattern.toString().contains("{0}")) {
                    assertThat(new MessageFormat(pattern.toString(), Locale.forLanguageTag(language)).format(
                            new Object[] {"X", "Y"})).as(language + " " + key).doesNotContain("{0}");
                }
            });
        }
    }
}
