package org.outagedesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtherLanguageWordsTest {

    @Test
    void theWalkSeenSpanishBannerIsCaughtOnAnEnglishPage() {
        assertThat(OtherLanguageWords.in("INC-10 · En investigación … Resolución prevista: 7 dic 2026, 7:47 Mientras tanto",
                "en")).contains("investigación", "Mientras");
    }

    @Test
    void englishLabelsAreCaughtOnASpanishPage() {
        assertThat(OtherLanguageWords.in("Estimated resolution: 7 Dec 2026 · Meanwhile: use webmail", "es"))
                .contains("Meanwhile");
    }

    @Test
    void aPageInItsOwnLanguagePasses() {
        assertThat(OtherLanguageWords.in("Mis informes · Informar de un problema · Cerrar sesión", "es")).isEmpty();
        assertThat(OtherLanguageWords.in("My reports · Report a problem · Sign out", "en")).isEmpty();
    }
}
