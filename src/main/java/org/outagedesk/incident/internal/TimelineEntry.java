package org.outagedesk.incident.internal;

import jakarta.persistence.Column;
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
import org.outagedesk.base.PlainText;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.TimelineMessage;

/**
 * One line of an incident's timeline. Immutable: written once, never updated or deleted (the
 * SOP's "document every step"); Hibernate ignores any attempt to update it.
 */
@Entity
@Immutable
@Table(name = "incident_timeline")
class TimelineEntry {

    private static final int MAX_VALUE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long incidentId;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    private long actorId;
    private String actorName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private TimelineKind kind;

    private String field;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    private String note;
    private Long copiedFromId;

    /** {@link TimelineMessage} as JSON, or {@code null}. */
    private String message;

    protected TimelineEntry() {}

    TimelineEntry(long incidentId, Instant at, Actor actor, TimelineKind kind, FieldChange change, String note) {
        this(incidentId, at, actor, kind, change, note, null);
    }

    TimelineEntry(long incidentId, Instant at, Actor actor, TimelineKind kind, FieldChange change, String note,
            TimelineMessage message) {
        this.incidentId = incidentId;
        this.at = at;
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.kind = kind;
        if (change != null) {
            this.field = change.field();
            this.before = clip(change.before());
            this.after = clip(change.after());
        }
        this.note = note;
        this.message = message == null ? null : message.toJson();
    }

    /** A copy for the survivor of a merge, keeping who did it and when. */
    TimelineEntry copyTo(long survivorId) {
        TimelineEntry copy = new TimelineEntry(survivorId, at, new Actor(actorId, actorName), kind,
                field == null ? null : new FieldChange(field, before, after), note);
        copy.copiedFromId = incidentId;
        copy.message = message;
        return copy;
    }

    TimelineItem toItem() {
        return new TimelineItem(id == null ? 0 : id, at, actorId, actorName, kind, field, before, after, note,
                copiedFromId == null ? null : "INC-" + copiedFromId, TimelineMessage.fromJson(message).orElse(null));
    }

    private static String clip(String value) {
        return PlainText.clip(value, MAX_VALUE);
    }
}
