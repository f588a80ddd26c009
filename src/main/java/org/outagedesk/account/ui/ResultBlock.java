package org.outagedesk.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.outagedesk.base.ui.Texts;

/** The outcome that replaces a public form: a title, an explanation and where to go next. */
final class ResultBlock extends Div {

    ResultBlock(String id, boolean success, String title, String text) {
        setId(id);
        addClassNames("result-block", success ? "result-success" : "result-error");
        H2 heading = new H2(title);
        heading.addClassName("result-title");
        heading.addComponentAsFirst((success ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.EXCLAMATION_CIRCLE).create());
        Paragraph body = new Paragraph(text);
        body.addClassName("result-text");
        add(heading, body);
    }

    /** Adds a link below the text, e.g. back to sign-in. */
    ResultBlock withLink(String id, String href, String label) {
        add(link(id, href, label));
        return this;
    }

    /** A success whose next step is signing in. */
    static ResultBlock thenSignIn(String id, String title, String text, String linkId) {
        return new ResultBlock(id, true, title, text)
                .withLink(linkId, "login", Texts.t("account.back-to-login"));
    }

    /** A link styled as the page's main action. */
    static Component link(String id, String href, String label) {
        Anchor anchor = new Anchor(href, label);
        anchor.setId(id);
        anchor.addClassName("result-link");
        return anchor;
    }
}
