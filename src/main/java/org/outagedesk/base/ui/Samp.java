package org.outagedesk.base.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/**
 * What a server or a program said, exactly as it said it (HTML {@code <samp>}): a mail server's
 * reply, an error from the network. It stays untranslated beside the words of the page, which
 * say in the reader's language what went wrong.
 */
@Tag("samp")
public class Samp extends HtmlContainer {

    public Samp(String text) {
        setText(text);
        addClassName("machine-words");
    }
}
