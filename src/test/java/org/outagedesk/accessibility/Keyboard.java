package org.outagedesk.accessibility;

import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.outagedesk.testsupport.Browser;

/** Drives a page with key presses only (Tab, Enter, Space, arrows) and reads where the focus is. */
final class Keyboard {

    /** The ids of the focused element and every element (and shadow host) around it, innermost first. */
    private static final String FOCUS_PATH = """
            let node = document.activeElement;
            while (node && node.shadowRoot && node.shadowRoot.activeElement) node = node.shadowRoot.activeElement;
            const ids = [];
            for (let n = node; n; n = n.parentNode || n.host) { if (n.id) ids.push(n.id); }
            return ids;
            """;

    /** Whether the element shows a focus indicator: Vaadin's focus-ring plus an outline or box shadow. */
    private static final String FOCUS_VISIBLE = """
            const host = document.getElementById(arguments[0]);
            if (!host) return 'missing';
            let node = document.activeElement;
            while (node && node.shadowRoot && node.shadowRoot.activeElement) node = node.shadowRoot.activeElement;
            const candidates = [host, node, ...(host.shadowRoot ? host.shadowRoot.querySelectorAll('[part]') : [])];
            const shows = candidates.filter(e => e).some(e => {
              const s = getComputedStyle(e);
              return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                  || (s.boxShadow && s.boxShadow !== 'none');
            });
            const ring = host.hasAttribute('focus-ring') || (node && node.matches(':focus-visible'));
            return ring && shows ? 'visible' : 'not visible (focus-ring ' + ring + ', outline/shadow ' + shows + ')';
            """;

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Presses Tab until the focus is on or inside the element with this id; fails after 80 presses. */
    void tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            if (focusPath().contains(id)) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; focus is in " + focusPath());
    }

    @SuppressWarnings("unchecked")
    List<String> focusPath() {
        return (List<String>) browser.script(FOCUS_PATH);
    }

    /** "visible" when the focused control with this id shows a focus indicator, else what is missing. */
    String focusIndicator(String id) {
        return String.valueOf(browser.script(FOCUS_VISIBLE, id));
    }
}
