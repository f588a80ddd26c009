package org.outagedesk.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.Symptom;

/** The incident screens' texts: every pattern formats in both languages, and every enum value has a label. */
class IncidentMessagesTest {

    private final BundleI18NProvider i18n = new BundleI18NProvider();

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyPatternFormatsWithNumbersForItsArguments(String language) {
        Map<String, String> messages = i18n.messages(Locale.forLanguageTag(language));
        messages.keySet().stream().filter(key -> key.startsWith("incident.") || key.startsWith("triage.")
                || key.startsWith("board.")).forEach(key -> assertThatCode(() ->
                        i18n.getTranslation(key, Locale.forLanguageTag(language), 0, 1, 2))
                .as(language + " " + key).doesNotThrowAnyException());
    }

    @Test
    void everyEnumValueHasALabelInBothLanguages() {
        for (Locale language : BundleI18NProvider.LANGUAGES) {
            Map<String, String> messages = i18n.messages(language);
            for (Enum<?>[] values : new Enum<?>[][] {Severity.values(), Scope.values(), Phase.values(),
                    IncidentState.values(), PublicStatus.values(), MailService.values(), Milestone.values(),
                    Symptom.values(), MailClient.values()}) {
                Arrays.stream(values).forEach(value -> assertThat(messages).as(language + " " + value)
                        .containsKey(IncidentLabels.key(value)));
            }
        }
    }

    @Test
    void pluralsReadNaturally() {
        assertThat(i18n.getTranslation("triage.group.reporters", Locale.ENGLISH, 1, 1)).isEqualTo("1 reporter · 1 report");
        assertThat(i18n.getTranslation("triage.group.reporters", Locale.ENGLISH, 50, 200))
                .isEqualTo("50 reporters · 200 reports");
        assertThat(i18n.getTranslation("board.card.reports", BundleI18NProvider.SPANISH, 1)).isEqualTo("1 aviso");
    }
}
