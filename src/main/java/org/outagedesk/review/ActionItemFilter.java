package org.outagedesk.review;

/**
 * Which action items to list.
 *
 * @param mine only those owned by the signed-in person
 * @param overdue only unfinished ones past their due date
 * @param team only those whose owner belongs to this department, or {@code null} for all
 * @param openOnly leave out DONE and CANCELLED ones
 */
public record ActionItemFilter(boolean mine, boolean overdue, String team, boolean openOnly) {

    public static ActionItemFilter all() {
        return new ActionItemFilter(false, false, null, false);
    }
}
