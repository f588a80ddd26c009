package org.outagedesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in person sees for a page that does not exist and for a page their roles do not
 * allow (Vaadin turns a refusal into {@link NotFoundException}): the same words and status, and
 * nothing about the address or the reason, so the list of pages is not revealed. Signed-out
 * visitors are sent to sign in instead.
 */
@PermitAll
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, LocalizedTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("page-not-found");
        addClassName("error-view");
        Anchor home = new Anchor("", getTranslation("base.not-found.home"));
        home.setId("page-not-found-home");
        add(new H1(getTranslation(titleKey())), new Paragraph(getTranslation("base.not-found.hint")), home);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String titleKey() {
        return "base.not-found.title";
    }
}
