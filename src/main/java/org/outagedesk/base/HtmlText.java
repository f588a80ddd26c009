package org.outagedesk.base;

import org.springframework.web.util.HtmlUtils;

/** Text written into HTML, SVG or XML that the code builds as a string. */
public final class HtmlText {

    private HtmlText() {}

    /**
     * The text with {@code & < > " '} escaped ({@code &amp; &lt; &gt; &quot; &#39;}), safe in element
     * content and in quoted attributes of HTML, SVG and XML alike; every other character is kept as
     * it is. {@code null} is the empty text.
     */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
