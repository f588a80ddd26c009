package org.outagedesk.runbook.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.outagedesk.runbook.ActionEntry;
import org.outagedesk.runbook.ActionOutcome;
import org.outagedesk.runbook.ActionType;
import org.outagedesk.runbook.NewAction;

/** One entry of phase 4's action log; append-only. */
@Entity
@Immutable
@Table(name = "runbook_action")
class Action {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long runId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ActionType actionType;

    private String target;
    private Instant startedAt;
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ActionOutcome outcome;

    private String notes;
    private long actorId;
    private String actorName;
    private Instant recordedAt;

    protected Action() {}

    Action(long runId, NewAction action, Actor actor, Instant now) {
        this.runId = runId;
        this.actionType = action.type();
        this.target = action.target().strip();
        this.startedAt = action.startedAt();
        this.finishedAt = action.finishedAt();
        this.outcome = action.outcome();
        this.notes = action.notes() == null || action.notes().isBlank() ? null : action.notes().strip();
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.recordedAt = now;
    }

    ActionEntry toEntry() {
        return new ActionEntry(id, actionType, target, startedAt, finishedAt, outcome, notes, actorName, recordedAt);
    }
}
