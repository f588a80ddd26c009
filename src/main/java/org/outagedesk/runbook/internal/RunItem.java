package org.outagedesk.runbook.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.outagedesk.runbook.ItemState;
import org.outagedesk.runbook.RunbookException;

/**
 * An item of a run. Guards its rules: verification items are done only by two different
 * signers; "not applicable" needs a reason; a signed item must be reopened before it changes.
 */
@Entity
@Table(name = "runbook_run_item")
class RunItem {

    static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long runId;
    private long templateItemId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ItemState state = ItemState.OPEN;

    private String naReason;
    private Long assigneeId;
    private String assigneeName;
    private Long doneById;
    private String doneByName;
    private Instant doneAt;
    private Long firstSignerId;
    private String firstSignerName;
    private Instant firstSignedAt;
    private Long secondSignerId;
    private String secondSignerName;
    private Instant secondSignedAt;
    private Instant updatedAt;
    private String updatedByName;

    @Version
    private long version;

    protected RunItem() {}

    RunItem(long runId, long templateItemId, Instant now) {
        this.runId = runId;
        this.templateItemId = templateItemId;
        this.updatedAt = now;
    }

    void markDone(Actor actor, Instant now, boolean needsSignOff) {
        if (needsSignOff) {
            throw new RunbookException("runbook.error.needs-sign-off");
        }
        state = ItemState.DONE;
        naReason = null;
        doneById = actor.id();
        doneByName = actor.name();
        doneAt = now;
        touch(actor, now);
    }

    void markNotApplicable(Actor actor, Instant now, String reason) {
        String why = RunbookTexts.required(reason, "runbook.error.reason-required", MAX_TEXT);
        state = ItemState.NOT_APPLICABLE;
        naReason = why;
        doneById = actor.id();
        doneByName = actor.name();
        doneAt = now;
        touch(actor, now);
    }

    /** Back to open: the state, who did it and the signatures are cleared (the timeline keeps them). */
    void reopen(Actor actor, Instant now) {
        state = ItemState.OPEN;
        naReason = null;
        doneById = null;
        doneByName = null;
        doneAt = null;
        firstSignerId = null;
        firstSignerName = null;
        firstSignedAt = null;
        secondSignerId = null;
        secondSignerName = null;
        secondSignedAt = null;
        touch(actor, now);
    }

    void assign(Actor actor, Instant now, Long accountId, String name) {
        assigneeId = accountId;
        assigneeName = accountId == null ? null : name;
        touch(actor, now);
    }

    /** The two-person rule: returns 1 or 2, the signature this was. */
    int signOff(Actor actor, Instant now, boolean needsSecond) {
        if (state == ItemState.NOT_APPLICABLE) {
            throw new RunbookException("runbook.error.not-applicable");
        }
        if (firstSignerId == null) {
            firstSignerId = actor.id();
            firstSignerName = actor.name();
            firstSignedAt = now;
            if (!needsSecond) {
                complete(actor, now);
            }
            touch(actor, now);
            return 1;
        }
        if (firstSignerId == actor.id()) {
            throw new RunbookException("runbook.error.same-signer", firstSignerName);
        }
        if (secondSignerId != null || !needsSecond) {
            throw new RunbookException("runbook.error.already-signed");
        }
        secondSignerId = actor.id();
        secondSignerName = actor.name();
        secondSignedAt = now;
        complete(actor, now);
        touch(actor, now);
        return 2;
    }

    private void complete(Actor actor, Instant now) {
        state = ItemState.DONE;
        doneById = actor.id();
        doneByName = actor.name();
        doneAt = now;
    }

    private void touch(Actor actor, Instant now) {
        updatedAt = now;
        updatedByName = actor.name();
    }

    /** Whether anyone has worked on it (the run's template can no longer be swapped). */
    boolean progressed() {
        return state != ItemState.OPEN || assigneeId != null || firstSignerId != null;
    }

    Long id() {
        return id;
    }

    long runId() {
        return runId;
    }

    long templateItemId() {
        return templateItemId;
    }

    ItemState state() {
        return state;
    }

    String naReason() {
        return naReason;
    }

    Long assigneeId() {
        return assigneeId;
    }

    String assigneeName() {
        return assigneeName;
    }

    String doneByName() {
        return doneByName;
    }

    Instant doneAt() {
        return doneAt;
    }

    Long firstSignerId() {
        return firstSignerId;
    }

    String firstSignerName() {
        return firstSignerName;
    }

    Instant firstSignedAt() {
        return firstSignedAt;
    }

    Long secondSignerId() {
        return secondSignerId;
    }

    String secondSignerName() {
        return secondSignerName;
    }

    Instant secondSignedAt() {
        return secondSignedAt;
    }

    String updatedByName() {
        return updatedByName;
    }

    long version() {
        return version;
    }
}
