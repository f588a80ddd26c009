package org.outagedesk.incident;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How triage groups recent reports and suggests a scope ({@code outagedesk.triage.*}).
 *
 * @param window how far back the suggestion cards look (default two hours)
 * @param allUsersShare share of active users from which a group counts as everyone (default 0.20)
 * @param allUsersSites number of distinct sites from which a group counts as everyone (default 3)
 * @param allUsersDepartments number of distinct departments from which a group counts as everyone (default 5)
 */
@ConfigurationProperties("outagedesk.triage")
public record TriageProperties(
        @DefaultValue("2h") Duration window,
        @DefaultValue("0.20") double allUsersShare,
        @DefaultValue("3") int allUsersSites,
        @DefaultValue("5") int allUsersDepartments) {

    public TriageProperties {
        window = window == null || window.isNegative() || window.isZero() ? Duration.ofHours(2) : window;
        allUsersShare = allUsersShare <= 0 ? 0.20 : allUsersShare;
        allUsersSites = allUsersSites <= 0 ? 3 : allUsersSites;
        allUsersDepartments = allUsersDepartments <= 0 ? 5 : allUsersDepartments;
    }

    public static TriageProperties defaults() {
        return new TriageProperties(Duration.ofHours(2), 0.20, 3, 5);
    }
}
