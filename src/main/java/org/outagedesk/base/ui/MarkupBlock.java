package org.outagedesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.function.Consumer;

/**
 * A read-only part of a page drawn by the browser from server-written {@link Markup}: one state node
 * on the server however many elements it shows. Buttons in it ({@link Markup#button}) report their
 * {@code data-action} through one click listener.
 */
@Tag("div")
public class MarkupBlock extends Component {

    /** What the browser sends with a click: the action of the button clicked. */
    public static final String ACTION = "event.target.closest('[data-action]')?.dataset.action";

    /** Clicks outside a button are not sent. */
    public static final String ON_A_BUTTON = "event.target.closest('[data-action]') != null";

    private static final String CONTENT = "innerHTML";

    public MarkupBlock(String className) {
        getElement().setAttribute("class", className);
    }

    /** Shows the markup; the browser is sent nothing when it is what is shown already. */
    public void show(Markup markup) {
        String html = markup.toString();
        if (!html.equals(getElement().getProperty(CONTENT))) {
            getElement().setProperty(CONTENT, html);
        }
    }

    /** What is shown, as HTML. */
    public String html() {
        return getElement().getProperty(CONTENT, "");
    }

    /** Calls the handler with the action of each button clicked (or pressed with the keyboard). */
    public void onAction(Consumer<String> handler) {
        getElement().addEventListener("click", event -> {
            var action = event.getEventData().get(ACTION);
            if (action != null && action.isString()) {
                handler.accept(action.asString());
            }
        }).addEventData(ACTION).setFilter(ON_A_BUTTON);
    }

    /** Moves the keyboard focus to the first button shown, or the one with this action when it is shown. */
    public void focusButton(String action) {
        getElement().executeJs("const b = this.querySelector('[data-action=\"' + $0 + '\"]')"
                + " || this.querySelector('[data-action]'); if (b) { b.focus(); }", action);
    }
}
