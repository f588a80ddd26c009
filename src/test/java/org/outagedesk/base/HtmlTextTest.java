package org.outagedesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void escapesTheFiveMarkupCharactersAndKeepsEverythingElse() {
        assertThat(HtmlText.escape("<a href=\"x\" title='y'>Tom & Jerry</a> · ñ €"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt; · ñ €");
    }

    @Test
    void nullIsTheEmptyText() {
        assertThat(HtmlText.escape(null)).isEmpty();
    }
}
