package org.outagedesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One item of the side navigation, contributed as a bean by the module that owns the view.
 * The layout shows it only to users whom the view's security annotation lets in.
 *
 * @param order position in the navigation, lowest first
 * @param labelKey message key of the item's label
 * @param descriptionKey message key of the one-line description shown on the home page
 * @param icon the item's icon
 * @param view the route it opens
 */
public record NavigationEntry(
        int order, String labelKey, String descriptionKey, VaadinIcon icon, Class<? extends Component> view) {}
