package org.outagedesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.outagedesk.review.CauseCategory;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.review.ReviewAnswers;
import org.outagedesk.review.ReviewTimes;
import org.outagedesk.base.ui.Texts;

/** The review's questions as a form; saving hands the answers to the page. */
class ReviewForm extends Div {

    private final TextArea whatHappened = area("what-happened");
    private final TextArea rootCause = area("root-cause");
    private final TextArea contributing = area("contributing-factors");
    private final Select<CauseCategory> cause = new Select<>();
    private final TextArea response = area("response");
    private final TextArea wentWell = area("went-well");
    private final TextArea toImprove = area("to-improve");
    private final TextArea prevention = area("prevention");
    private final Button save;
    /** "What happened" as this reader sees it, with the instants behind the times shown in it. */
    private ReviewTimes.Shown story = ReviewTimes.shown(null, BrowserTime::format);

    ReviewForm(Consumer<ReviewAnswers> onSave) {
        addClassName("review-form");
        cause.setId("review-cause");
        cause.setLabel(Texts.t("review.q.cause"));
        cause.setHelperText(Texts.t("review.hint.cause"));
        cause.setItems(CauseCategory.values());
        cause.setItemLabelGenerator(ReviewUi::label);
        cause.setWidthFull();
        whatHappened.setMinRows(6);
        save = ReviewUi.withId(new Button(Texts.t("review.save"), VaadinIcon.CHECK.create(),
                click -> onSave.accept(answers())), "review-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(whatHappened, rootCause, contributing, cause, response, wentWell, toImprove, prevention, save);
    }

    private static TextArea area(String question) {
        TextArea area = new TextArea(Texts.t("review.q." + question));
        area.setId("review-" + question);
        area.setHelperText(Texts.t("review.hint." + question));
        area.setWidthFull();
        area.setMinRows(2);
        area.setMaxLength(question.equals("what-happened") ? 3000 : 1500);
        area.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        return area;
    }

    void show(ReviewAnswers answers, boolean editable) {
        story = ReviewTimes.shown(answers.whatHappened(), BrowserTime::format);
        whatHappened.setValue(story.text());
        rootCause.setValue(text(answers.rootCause()));
        contributing.setValue(text(answers.contributingFactors()));
        cause.setValue(answers.cause());
        response.setValue(text(answers.responseAssessment()));
        wentWell.setValue(text(answers.wentWell()));
        toImprove.setValue(text(answers.toImprove()));
        prevention.setValue(text(answers.prevention()));
        for (Component field : new Component[] {whatHappened, rootCause, contributing, response, wentWell,
            toImprove, prevention}) {
            ((TextArea) field).setReadOnly(!editable);
        }
        cause.setReadOnly(!editable);
        save.setVisible(editable);
    }

    ReviewAnswers answers() {
        return new ReviewAnswers(story.restore(whatHappened.getValue()), rootCause.getValue(), contributing.getValue(),
                cause.getValue(), response.getValue(), wentWell.getValue(), toImprove.getValue(),
                prevention.getValue());
    }

    /** Adds a quoted timeline entry to "what happened"; its time stays an instant ({@link ReviewTimes}). */
    void quote(String line) {
        ReviewTimes.Shown quoted = ReviewTimes.shown(line, BrowserTime::format);
        story = story.and(quoted);
        String before = whatHappened.getValue().stripTrailing();
        whatHappened.setValue((before.isEmpty() ? "" : before + "\n") + "> " + quoted.text());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
