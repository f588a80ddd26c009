package org.outagedesk.runbook.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.outagedesk.runbook.ItemNote;

/** A note on a run item: inserted, never updated or deleted. */
@Entity
@Immutable
@Table(name = "runbook_item_note")
class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long runItemId;

    @Column(name = "written_at")
    private Instant at;

    private long authorId;
    private String authorName;
    private String text;

    protected Note() {}

    Note(long runItemId, Instant at, Actor author, String text) {
        this.runItemId = runItemId;
        this.at = at;
        this.authorId = author.id();
        this.authorName = author.name();
        this.text = text;
    }

    long runItemId() {
        return runItemId;
    }

    ItemNote toNote() {
        return new ItemNote(id, at, authorId, authorName, text);
    }
}
