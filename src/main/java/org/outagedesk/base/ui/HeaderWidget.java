package org.outagedesk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a module shows in the header of every signed-in page, contributed as a bean
 * (e.g. the notification bell, the outage banner). {@link MainLayout} asks for a new
 * component per page layout.
 */
public interface HeaderWidget {

    /** A new component for one layout instance, or null when it has nothing to show on this page. */
    Component create();

    /** Whether it takes a full-width row under the header (a banner) instead of a place in the user area. */
    default boolean banner() {
        return false;
    }
}
