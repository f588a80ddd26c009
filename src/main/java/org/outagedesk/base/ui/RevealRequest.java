package org.outagedesk.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Asks whichever part of the page shows the thing named {@code anchor} (e.g. a checklist item)
 * to bring it into view and give it the keyboard focus, without the asking module knowing that
 * part: one module's notice can lead to another module's section of the same page.
 */
public final class RevealRequest extends ComponentEvent<UI> {

    private final String anchor;

    private RevealRequest(UI ui, String anchor) {
        super(ui, false);
        this.anchor = anchor;
    }

    public String anchor() {
        return anchor;
    }

    /** Asks the parts of the UI's page that listen to reveal {@code anchor}. */
    public static void fire(UI ui, String anchor) {
        ComponentUtil.fireEvent(ui, new RevealRequest(ui, anchor));
    }

    /** Listens for requests on the UI; remove the registration when the listening part leaves the page. */
    public static Registration listen(UI ui, Consumer<String> onReveal) {
        return ComponentUtil.addListener(ui, RevealRequest.class, request -> onReveal.accept(request.anchor()));
    }
}
