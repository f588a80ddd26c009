package org.outagedesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void textAndAttributesAreEscapedSoNothingTheyHoldBecomesMarkup() {
        String hostile = "<img src=x onerror=alert(1)> & \"quoted\" 'single'";
        String html = new Markup().open("span", "title", hostile).text(hostile).close("span").toString();

        var span = Jsoup.parseBodyFragment(html).selectFirst("span");
        assertThat(span.text()).isEqualTo(hostile);
        assertThat(span.attr("title")).isEqualTo(hostile);
        assertThat(span.select("img")).isEmpty();
        assertThat(span.attributes().size()).isEqualTo(1);
    }

    @Test
    void charactersBeyondLatin1AreReferencesAndReadTheSame() {
        String text = "Más… — 5 € · señal 📧";
        String html = new Markup().line("p", "note", text).toString();

        assertThat(html.chars()).allMatch(c -> c <= 0xFF);
        assertThat(Jsoup.parseBodyFragment(html).selectFirst("p.note").text()).isEqualTo(text);
    }

    @Test
    void blankLinesAndNullAttributesAreLeftOut() {
        String html = new Markup().line("span", "hint", "  ").open("div", "class", null, "id", "x").close("div")
                .toString();

        assertThat(html).isEqualTo("<div id=\"x\"></div>");
    }
}
