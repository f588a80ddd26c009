package org.outagedesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.virtuallist.VirtualList;

/** Helpers for the app's virtual lists. */
public final class VirtualLists {

    private VirtualLists() {}

    /**
     * Shows or hides the list with the {@code hidden} attribute, keeping it bound in the browser:
     * {@code setVisible(false)} unbinds it, and the data it sends meanwhile meets no connector
     * ("$connector is undefined" in the console).
     */
    public static void shown(VirtualList<?> list, boolean shown) {
        list.getElement().setAttribute("hidden", !shown);
    }

    /**
     * A list that scrolls inside the page: it takes the keyboard focus (arrow keys scroll it), says
     * what it is, and shows a focus ring ({@code .scrolls-by-keyboard} in outagedesk.css).
     */
    public static void scrollableByKeyboard(Component list, String label) {
        list.getElement().setAttribute("tabindex", "0");
        list.getElement().setAttribute("aria-label", label);
        list.getElement().getClassList().add("scrolls-by-keyboard");
    }

    /** Whether the list is shown (see {@link #shown(VirtualList, boolean)}). */
    public static boolean isShown(VirtualList<?> list) {
        return !list.getElement().hasAttribute("hidden");
    }
}
