package org.outagedesk.review.ui;

import org.outagedesk.incident.CauseVerdict;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineText;
import org.outagedesk.review.MeasuredTimes;
import org.outagedesk.review.ReviewTimes;
import org.outagedesk.base.ui.Texts;

/** Beside the review: the incident's measured times, and its timeline with entries to quote. */
class ReviewAside extends Div {

    ReviewAside(IncidentDetails incident, List<TimelineItem> timeline, Consumer<String> quote, boolean canQuote) {
        addClassName("review-aside");
        add(times(incident), causeVerdict(timeline));
        Span heading = new Span(Texts.t("review.timeline.title"));
        heading.addClassName("section-title");
        Div entries = new Div();
        entries.setId("review-timeline");
        entries.addClassName("review-timeline");
        timeline.reversed().forEach(item -> entries.add(entry(item, quote, canQuote)));
        add(heading, entries);
    }

    static Div times(IncidentDetails incident) {
        MeasuredTimes times = MeasuredTimes.of(incident.milestones());
        Div grid = new Div(fact("MTTD", times.detect(), "review.times.mttd"),
                fact("MTTA", times.acknowledge(), "review.times.mtta"),
                fact("MTTM", times.mitigate(), "review.times.mttm"), fact("MTTR", times.resolve(), "review.times.mttr"));
        grid.addClassName("review-times");
        grid.setId("review-times");
        Span heading = new Span(Texts.t("review.times.title"));
        heading.addClassName("section-title");
        return new Div(heading, grid);
    }

    /** What IT staff said of triage's suggested cause during the incident, for the root-cause question. */
    static Span causeVerdict(List<TimelineItem> timeline) {
        Span verdict = CauseVerdict.latest(timeline)
                .map(item -> new Span(Texts.t("review.cause-suggestion." + CauseVerdict.of(item).name(),
                        item.actorName(), BrowserTime.format(item.at()))))
                .orElseGet(() -> new Span(Texts.t("review.cause-suggestion.none")));
        verdict.setId("review-cause-suggestion");
        verdict.addClassName("review-cause-suggestion");
        return verdict;
    }

    private static Div fact(String name, Duration value, String hintKey) {
        Span figure = new Span(MeasuredTimes.format(value));
        figure.addClassName("review-time-figure");
        Span label = new Span(name);
        label.addClassName("review-time-name");
        Div fact = new Div(label, figure);
        fact.addClassName("review-time");
        fact.getElement().setAttribute("title", Texts.t(hintKey));
        return fact;
    }

    private Div entry(TimelineItem item, Consumer<String> quote, boolean canQuote) {
        String when = BrowserTime.format(item.at());
        String text = describe(item);
        Span head = new Span(when + " · " + item.actorName());
        head.addClassName("review-timeline-head");
        Div entry = new Div(head, new Span(text));
        entry.addClassName("review-timeline-entry");
        if (canQuote) {
            Button cite = new Button(VaadinIcon.QUOTE_LEFT.create(), click -> quote.accept(
                    ReviewTimes.token(item.at()) + " — " + item.actorName() + ": " + text));
            cite.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            cite.setAriaLabel(Texts.t("review.timeline.quote"));
            cite.setTooltipText(Texts.t("review.timeline.quote"));
            cite.setId("review-quote-" + item.id());
            entry.add(cite);
        }
        return entry;
    }

    private static String describe(TimelineItem item) {
        return new TimelineText(Texts::t, BrowserTime::format, UI.getCurrent().getLocale()).sentence(item);
    }
}
