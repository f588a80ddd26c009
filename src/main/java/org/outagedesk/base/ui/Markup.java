package org.outagedesk.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/**
 * HTML written on the server for a {@link MarkupBlock}: the browser draws it as one element's content,
 * so a read-only part of a page costs one state node on the server instead of one per element and
 * text. Every text and attribute value is escaped here; tags and attribute names come from code.
 */
public final class Markup {

    private final StringBuilder html = new StringBuilder(256);

    /** Opens a tag; attributes are name, value pairs, and a pair whose value is null is left out. */
    public Markup open(String tag, String... attributes) {
        html.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                html.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        html.append('>');
        return this;
    }

    public Markup close(String tag) {
        html.append("</").append(tag).append('>');
        return this;
    }

    public Markup text(String text) {
        html.append(escape(text));
        return this;
    }

    /** An element holding only text, with a class; nothing at all when the text is blank. */
    public Markup line(String tag, String className, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return open(tag, "class", className).text(text).close(tag);
    }

    /** What an empty list shows instead: an icon, what is missing and what to do about it. */
    public Markup emptyState(VaadinIcon icon, String title, String hint) {
        return open("div", "class", "empty-state").icon(icon, null).line("span", "empty-title", title)
                .line("p", "empty-hint", hint).close("div");
    }

    /** A Vaadin avatar with the person's initials; decorative, since the name is written beside it. */
    public Markup avatar(String className, String name) {
        return open("vaadin-avatar", "class", className, "name", name, "aria-hidden", "true").close("vaadin-avatar");
    }

    /** A Vaadin icon, as {@code VaadinIcon.create()} would draw it. */
    public Markup icon(VaadinIcon icon, String slot) {
        return open("vaadin-icon", "icon", "vaadin:" + icon.name().toLowerCase(Locale.ENGLISH).replace('_', '-'),
                "slot", slot, "aria-hidden", "true").close("vaadin-icon");
    }

    /**
     * A Vaadin button whose click reaches {@link MarkupBlock#onAction}; {@code theme} as the button's
     * theme attribute ("small primary"), the icon optional, more attributes as name, value pairs.
     */
    public Markup button(String id, String action, String theme, VaadinIcon icon, String text, String... attributes) {
        String[] all = new String[6 + attributes.length];
        all[0] = "id";
        all[1] = id;
        all[2] = "data-action";
        all[3] = action;
        all[4] = "theme";
        all[5] = theme;
        System.arraycopy(attributes, 0, all, 6, attributes.length);
        open("vaadin-button", all);
        if (icon != null) {
            icon(icon, "prefix");
        }
        return text(text).close("vaadin-button");
    }

    @Override
    public String toString() {
        return html.toString();
    }

    /**
     * Escapes text for HTML. Characters beyond Latin-1 ("…", "—", "€") are written as character
     * references, so the markup string stays one byte per character in the heap (Java stores a
     * string with a single such character in two bytes per character, for as long as the page is open).
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c > 0xFF) {
                        escaped.append("&#").append(c).append(';');
                    } else {
                        escaped.append((char) c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
