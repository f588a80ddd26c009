package org.outagedesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.base.ui.Texts;

/** Participants and their comments; a participant can add one. */
class ReviewComments extends Div {

    ReviewComments(ReviewDetails review, boolean canComment, Predicate<String> onComment) {
        addClassName("review-comments");
        Span participantsTitle = new Span(Texts.t("review.participants"));
        participantsTitle.addClassName("section-title");
        Div people = new Div();
        people.setId("review-participants");
        people.addClassName("review-participants");
        review.participants().forEach(person -> people.add(ReviewUi.chip(person.name(), "chip-person")));
        Span title = new Span(Texts.t("review.comments"));
        title.addClassName("section-title");
        Div list = new Div();
        list.setId("review-comment-list");
        if (review.comments().isEmpty()) {
            list.add(new Paragraph(Texts.t("review.comments.empty")));
        }
        review.comments().forEach(comment -> {
            Span head = new Span(comment.authorName() + " · " + BrowserTime.format(comment.at()));
            head.addClassName("review-comment-head");
            Div entry = new Div(head, new Paragraph(comment.body()));
            entry.addClassName("review-comment");
            list.add(entry);
        });
        add(participantsTitle, people, title, list);
        if (canComment) {
            TextArea text = ReviewUi.withId(new TextArea(Texts.t("review.comment.label")), "review-comment-text");
            text.setWidthFull();
            text.setMaxLength(1500);
            Button send = ReviewUi.withId(new Button(Texts.t("review.comment.add"), VaadinIcon.COMMENT.create(),
                    click -> {
                        if (onComment.test(text.getValue())) {
                            text.clear();
                        }
                    }), "review-comment-add");
            add(text, send);
        }
    }
}
