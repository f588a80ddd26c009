package org.outagedesk.base.ui;

import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A view whose title comes from the message bundles. Stands in for {@code @PageTitle}, whose
 * fixed text cannot follow the user's language (Vaadin refuses both on one view).
 */
public interface LocalizedTitle extends HasDynamicTitle {

    /** Message key of the view's title. */
    String titleKey();

    /** The title in the current language, without the product name. */
    default String localizedTitle() {
        return Texts.t(titleKey());
    }

    @Override
    default String getPageTitle() {
        return localizedTitle() + " · OutageDesk";
    }
}
