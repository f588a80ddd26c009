package org.outagedesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.outagedesk.base.DatabaseTrouble;

/**
 * Shown instead of Vaadin's stack-trace page when opening a page fails, e.g. while the database
 * restarts: what happened in plain words and a button to try again. Answers 503 when the database
 * is out of reach, 500 otherwise.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception>, LocalizedTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        setId("unexpected-error");
        addClassName("error-view");
        H1 title = new H1(getTranslation("base.error.title"));
        Paragraph message = new Paragraph(FailureMessage.of(parameter.getException(), UI.getCurrent()));
        message.getElement().setAttribute("role", "alert");
        Button retry = new Button(getTranslation("base.error.retry"), click -> UI.getCurrent().getPage().reload());
        retry.setId("error-retry");
        add(title, message, retry);
        return DatabaseTrouble.isUnreachable(parameter.getException())
                ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String titleKey() {
        return "base.error.title";
    }
}
