package org.outagedesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Lets the server forget a page's first render as soon as the browser has it.
 *
 * <p>Vaadin keeps each UI's last response as a string, to send it again if the browser repeats its
 * request. After a navigation that response is the whole page, and it stays as long as the page is
 * left alone: for an incident page, as much memory again as all its components. The browser sends its
 * next request only after it has processed the previous response, so a tiny round trip asked for
 * right after each navigation replaces the big response with a small one, and nothing that could
 * be asked for again is lost.
 */
@Component
class FirstRenderRelease implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigated -> ui.getPage().executeJs("return 0").then(answered -> { }));
        });
    }
}
