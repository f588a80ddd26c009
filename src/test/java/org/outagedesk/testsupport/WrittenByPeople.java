package org.outagedesk.testsupport;

import java.util.Set;
import java.util.function.Supplier;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every text people wrote that is in the database now: titles, descriptions, updates, notes,
 * names, sites. A page shows them as written, in whatever language their author used, so a check
 * for words of the wrong language takes them out first; the live suite shares one database, so
 * what other tests wrote is on the pages too.
 */
public final class WrittenByPeople {

    private static final List<String> COLUMNS = List.of("user_account.display_name", "user_account.department",
            "user_account.site", "problem_report.reporter_name", "problem_report.description",
            "problem_report.error_text", "problem_report.department", "problem_report.site",
            "problem_report.decline_reason", "incident.title", "incident.description", "incident.public_title",
            "incident_timeline.note", "incident_update.message", "incident_update.workaround", "incident_update.cause",
            "incident_update.prevention", "runbook_item_note.text", "runbook_item_evidence.text",
            "runbook_run_item.na_reason", "runbook_action.target", "runbook_action.notes", "review.incident_title",
            "review.what_happened", "review.root_cause", "review.contributing_factors", "review.response_assessment",
            "review.went_well", "review.to_improve", "review.prevention", "review_comment.body", "action_item.title",
            "action_item.owner_team", "metric_incident.title", "metric_action_item.team", "probe_endpoint.name",
            "probe_endpoint.host", "alert_received.summary", "chat_webhook.name", "api_token.name");

    private WrittenByPeople() {}

    /** {@code text} with every text people wrote replaced by a space, longest first. */
    public static String removedFrom(String text, JdbcTemplate jdbc) {
        return removedFrom(text, texts(jdbc));
    }

    /** {@code text} with each of {@code written} (longest first, as {@link #texts} gives them) replaced by a space. */
    public static String removedFrom(String text, List<String> written) {
        String left = text;
        for (String one : written) {
            left = left.replace(one, " ");
        }
        return left;
    }

    /**
     * The words of the other language on a page, after setting aside what people wrote. Reading
     * every text people wrote in a shared database is the slow part, so it is read only for a page
     * that shows such words at all, and once per {@code written} holder.
     */
    public static Set<String> otherLanguageWords(String shown, String language, Supplier<List<String>> written) {
        Set<String> found = OtherLanguageWords.in(shown, language);
        return found.isEmpty() ? found : OtherLanguageWords.in(removedFrom(shown, written.get()), language);
    }

    public static List<String> texts(JdbcTemplate jdbc) {
        return COLUMNS.stream().flatMap(column -> {
            String[] tableAndColumn = column.split("\\.");
            return jdbc.queryForList("select distinct " + tableAndColumn[1] + " from " + tableAndColumn[0]
                    + " where " + tableAndColumn[1] + " is not null", String.class).stream();
        }).filter(Objects::nonNull).map(String::strip).filter(written -> !written.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
