package org.outagedesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The frame of the pages people see before signing in (sign-in, registration, password
 * reset): the brand, a language switch and one centred card.
 */
public class PublicPage extends Main {

    private final Div card = new Div();

    public PublicPage(String headingKey, String introKey) {
        addClassName("public-page");
        HorizontalLayout top = new HorizontalLayout(brand(), new LanguageSwitch(language -> { }));
        top.addClassName("public-top");
        card.addClassName("public-card");
        H1 heading = new H1(getTranslation(headingKey));
        heading.addClassName("public-heading");
        card.add(heading);
        if (introKey != null) {
            Paragraph intro = new Paragraph(getTranslation(introKey));
            intro.addClassName("public-intro");
            card.add(intro);
        }
        add(top, card);
    }

    /** Adds components to the card, below the heading. */
    public void addToCard(Component... components) {
        card.add(components);
    }

    /** Empties the card below the heading and intro, for a result that replaces the form. */
    public void replaceCardBody(Component... components) {
        card.getChildren().skip(card.getChildren().filter(c -> c instanceof H1 || c instanceof Paragraph
                && c.hasClassName("public-intro")).count()).toList().forEach(card::remove);
        card.add(components);
    }

    /** The OutageDesk mark and name, as the public pages and the signed-in drawer show it. */
    static Div brand() {
        Span mark = new Span(VaadinIcon.ENVELOPE_OPEN_O.create());
        mark.addClassName("brand-mark");
        Span name = new Span("OutageDesk");
        name.addClassName("brand-name");
        Div brand = new Div(mark, name);
        brand.addClassName("brand");
        return brand;
    }
}
