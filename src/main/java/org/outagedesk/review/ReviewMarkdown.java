package org.outagedesk.review;

import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;
import org.outagedesk.base.i18n.BundleI18NProvider;

/** A review as a Markdown document in the review's language, for download and for pasting elsewhere. */
public final class ReviewMarkdown {

    private final BundleI18NProvider i18n;

    public ReviewMarkdown(BundleI18NProvider i18n) {
        this.i18n = i18n;
    }

    public String render(ReviewDetails review, MeasuredTimes times, ZoneId zone) {
        Locale locale = Locale.forLanguageTag(review.language());
        Function<String, String> t = key -> i18n.getTranslation(key, locale);
        ReviewAnswers answers = review.answers();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(i18n.getTranslation("review.export.title", locale, review.incidentReference(),
                review.incidentTitle())).append("\n\n");
        md.append(t.apply("review.severity")).append(": ").append(review.severity().name()).append(" · ")
                .append(t.apply("review.status.label")).append(": ")
                .append(t.apply("review.status." + review.status().name()));
        if (review.isFinal()) {
            md.append(" · ").append(i18n.getTranslation("review.finalised-by", locale, review.finalisedByName(),
                    ReviewTemplate.time(review.finalisedAt(), locale, zone)));
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
        md.append("\n## ").append(t.apply("review.participants")).append("\n\n");
        review.participants().forEach(person -> md.append("- ").append(person.name()).append("\n"));
        if (!review.comments().isEmpty()) {
            md.append("\n## ").append(t.apply("review.comments")).append("\n\n");
            review.comments().forEach(comment -> md.append("- **").append(comment.authorName()).append("** (")
                    .append(ReviewTemplate.time(comment.at(), locale, zone)).append("): ")
                    .append(comment.body().replace("\n", " ")).append("\n"));
        }
        return md.toString();
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
