package org.outagedesk.runbook.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.outagedesk.runbook.TemplateSummary;

/** One version of a checklist template. Versions are never edited; saving adds one. */
@Entity
@Table(name = "runbook_template")
class Template {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String templateKey;
    private int versionNo;
    private String nameEs;
    private String nameEn;
    private boolean active;
    private Instant createdAt;
    private String createdByName;

    @Version
    private long version;

    protected Template() {}

    Template(String templateKey, int versionNo, String nameEs, String nameEn, Instant createdAt, String createdByName) {
        this.templateKey = templateKey;
        this.versionNo = versionNo;
        this.nameEs = nameEs;
        this.nameEn = nameEn;
        this.active = true;
        this.createdAt = createdAt;
        this.createdByName = createdByName;
    }

    long id() {
        return id;
    }

    String key() {
        return templateKey;
    }

    int versionNo() {
        return versionNo;
    }

    String nameEs() {
        return nameEs;
    }

    String nameEn() {
        return nameEn;
    }

    /** A newer version replaces this one for new runs. */
    void retire() {
        active = false;
    }

    TemplateSummary summary() {
        return new TemplateSummary(id, templateKey, versionNo, nameEs, nameEn);
    }
}
