package org.outagedesk.runbook;

/** Live topics of the runbook module. */
public final class RunbookTopics {

    private RunbookTopics() {}

    /** Changes to an incident's checklist, published after commit ({@link RunbookChanged}). */
    public static String run(long incidentId) {
        return "runbook:" + incidentId;
    }

    /** Who is editing which item right now ({@link Editing}); nothing is stored. */
    public static String editing(long incidentId) {
        return "runbook-editing:" + incidentId;
    }

    /** A person started ({@code activityKey} set) or stopped ({@code null}) editing an item. */
    public record Editing(long accountId, String name, String itemNumber, String activityKey) {}
}
