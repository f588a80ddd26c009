package org.outagedesk.runbook.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.outagedesk.runbook.Evidence;
import org.outagedesk.runbook.EvidenceKind;
import org.outagedesk.runbook.NewEvidence;

/** Evidence on a run item: a text, a link or a file; append-only. */
@Entity
@Immutable
@Table(name = "runbook_item_evidence")
class EvidenceEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long runItemId;
    private Instant addedAt;
    private long authorId;
    private String authorName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private EvidenceKind kind;

    private String text;
    private String link;
    private String fileName;
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", columnDefinition = "LONGBLOB")
    private byte[] content;

    protected EvidenceEntry() {}

    EvidenceEntry(long runItemId, Instant addedAt, Actor author, NewEvidence evidence) {
        this.runItemId = runItemId;
        this.addedAt = addedAt;
        this.authorId = author.id();
        this.authorName = author.name();
        this.kind = evidence.kind();
        this.text = evidence.text();
        this.link = evidence.link();
        this.fileName = evidence.fileName();
        this.contentType = evidence.contentType();
        this.content = evidence.content() == null ? null : evidence.content().clone();
    }

    long runItemId() {
        return runItemId;
    }

    byte[] content() {
        return content == null ? new byte[0] : content.clone();
    }

    Evidence toEvidence() {
        return new Evidence(id, addedAt, authorName, kind, text, link, fileName, contentType);
    }
}
