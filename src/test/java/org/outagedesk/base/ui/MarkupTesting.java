package org.outagedesk.base.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.Collection;
import org.jsoup.Jsoup;

/** Browserless tests and {@link MarkupBlock}s: what the browser would draw and send. */
public final class MarkupTesting {

    private MarkupTesting() {}

    /**
     * Clicks the button with this id in whichever block draws it, sending what the browser sends;
     * false when no block shows such a button.
     */
    public static boolean click(Collection<MarkupBlock> blocks, String id) {
        for (MarkupBlock block : blocks) {
            var button = Jsoup.parseBodyFragment(block.html()).getElementById(id);
            if (button != null && button.hasAttr("data-action")) {
                var data = JacksonUtils.createObjectNode();
                data.put(MarkupBlock.ACTION, button.attr("data-action"));
                data.put(MarkupBlock.ON_A_BUTTON, true);
                Element element = block.getElement();
                element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "click", data));
                return true;
            }
        }
        return false;
    }

    /** The element with this id as one of the blocks draws it. */
    public static java.util.Optional<org.jsoup.nodes.Element> find(Collection<MarkupBlock> blocks, String id) {
        return blocks.stream().map(block -> Jsoup.parseBodyFragment(block.html()).getElementById(id))
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** The text of an element and all under it, as a browser shows it, the blocks' markup included. */
    public static String text(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        if (element.getComponent().orElse(null) instanceof MarkupBlock block) {
            return Jsoup.parseBodyFragment(block.html()).text();
        }
        StringBuilder text = new StringBuilder();
        element.getChildren().forEach(child -> text.append(text(child)));
        return text.toString();
    }
}
