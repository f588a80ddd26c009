package org.outagedesk.review;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.outagedesk.base.ReaderTime;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.IncidentLabels;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineText;

/**
 * A review as a Markdown document for download and for pasting elsewhere, in the reader's language
 * and time zone: the answers as people wrote them (their times from {@link ReviewTimes} in the
 * reader's zone), labels, the incident's timeline and its checklist titles in the reader's words.
 */
public final class ReviewMarkdown {

    private final BundleI18NProvider i18n;

    public ReviewMarkdown(BundleI18NProvider i18n) {
        this.i18n = i18n;
    }

    public String render(ReviewDetails review, MeasuredTimes times, List<TimelineItem> timeline, Locale reader,
            ZoneId zone) {
        Locale locale = BundleI18NProvider.supported(reader);
        Function<String, String> t = key -> i18n.getTranslation(key, locale);
        Function<Instant, String> time = at -> ReaderTime.format(at, locale, zone);
        ReviewAnswers answers = review.answers().withTimes(time);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(i18n.getTranslation("review.export.title", locale, review.incidentReference(),
                review.incidentTitle())).append("\n\n");
        md.append(t.apply("review.severity")).append(": ").append(t.apply(IncidentLabels.key(review.severity())))
                .append(" · ")
                .append(t.apply("review.status.label")).append(": ")
                .append(t.apply("review.status." + review.status().name()));
        if (review.isFinal()) {
            md.append(" · ").append(i18n.getTranslation("review.finalised-by", locale, review.finalisedByName(),
                    ReaderTime.format(review.finalisedAt(), locale, zone)));
        }
        md.append("\n\n## ").append(t.apply("review.times.title")).append("\n\n| MTTD | MTTA | MTTM | MTTR |\n|---|---|---|---|\n| ")
                .append(MeasuredTimes.format(times.detect())).append(" | ")
                .append(MeasuredTimes.format(times.acknowledge())).append(" | ")
                .append(MeasuredTimes.format(times.mitigate())).append(" | ")
                .append(MeasuredTimes.format(times.resolve())).append(" |\n");
        section(md, t.apply("review.q.what-happened"), answers.whatHappened());
        section(md, t.apply("review.q.root-cause"), answers.rootCause());
        section(md, t.apply("review.q.contributing-factors"), answers.contributingFactors());
        section(md, t.apply("review.q.cause"), answers.cause() == null ? null
                : t.apply("review.cause." + answers.cause().name()));
        section(md, t.apply("review.q.response"), answers.responseAssessment());
        section(md, t.apply("review.q.went-well"), answers.wentWell());
        section(md, t.apply("review.q.to-improve"), answers.toImprove());
        section(md, t.apply("review.q.prevention"), answers.prevention());
        actionItems(md, review, t);
        timeline(md, timeline, t, new TimelineText((key, arguments) -> i18n.getTranslation(key, locale, arguments),
                time, locale), time);
        md.append("\n## ").append(t.apply("review.participants")).append("\n\n");
        review.participants().forEach(person -> md.append("- ").append(person.name()).append("\n"));
        if (!review.comments().isEmpty()) {
            md.append("\n## ").append(t.apply("review.comments")).append("\n\n");
            review.comments().forEach(comment -> md.append("- **").append(comment.authorName()).append("** (")
                    .append(ReaderTime.format(comment.at(), locale, zone)).append("): ")
                    .append(comment.body().replace("\n", " ")).append("\n"));
        }
        return md.toString();
    }

    /** The incident's timeline, oldest first, as the reader would read it on the incident page. */
    private static void timeline(StringBuilder md, List<TimelineItem> timeline, Function<String, String> t,
            TimelineText sentences, Function<Instant, String> time) {
        md.append("\n## ").append(t.apply("review.timeline.title")).append("\n\n");
        if (timeline.isEmpty()) {
            md.append("—\n");
        }
        timeline.stream().sorted(Comparator.comparing(TimelineItem::at).thenComparing(TimelineItem::id))
                .forEach(item -> md.append("- ").append(time.apply(item.at())).append(" · ")
                        .append(item.actorName()).append(": ").append(sentences.sentence(item).replace("\n", " "))
                        .append("\n"));
    }

    private static void section(StringBuilder md, String heading, String text) {
        md.append("\n## ").append(heading).append("\n\n").append(text == null ? "—" : text).append("\n");
    }

    private static void actionItems(StringBuilder md, ReviewDetails review, Function<String, String> t) {
        md.append("\n## ").append(t.apply("review.actions.title")).append("\n\n");
        if (review.actionItems().isEmpty()) {
            md.append("—\n");
            return;
        }
        md.append("| ").append(t.apply("review.action.title")).append(" | ").append(t.apply("review.action.owner"))
                .append(" | ").append(t.apply("review.action.due")).append(" | ")
                .append(t.apply("review.action.priority")).append(" | ").append(t.apply("review.action.status"))
                .append(" |\n|---|---|---|---|---|\n");
        for (ActionItem item : review.actionItems()) {
            md.append("| ").append(cell(item.title())).append(" | ").append(cell(item.ownerName())).append(" | ")
                    .append(item.dueDate()).append(" | ").append(t.apply("review.priority." + item.priority().name()))
                    .append(" | ").append(t.apply("review.action-status." + item.status().name())).append(" |\n");
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
