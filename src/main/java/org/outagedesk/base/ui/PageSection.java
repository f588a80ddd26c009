package org.outagedesk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A section one module adds to another module's page without the page depending on it
 * (e.g. the notification module's status updates on the incident page), contributed as a bean.
 */
public interface PageSection {

    /** The page it belongs on; the page names it (e.g. {@link #INCIDENT}). */
    String page();

    /** A new section for the object the page shows. */
    Component create(long id);

    /** The incident page; the id is the incident's. */
    String INCIDENT = "incident";

    /** A known-outage card end users see while reporting a problem; the id is the incident's. */
    String KNOWN_OUTAGE = "known-outage";
}
