package org.outagedesk.runbook.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An incident's checklist run, bound to the template version it started with. */
@Entity
@Table(name = "runbook_run")
class Run {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long incidentId;
    private long templateId;
    private Instant startedAt;
    private String startedByName;

    @Version
    private long version;

    protected Run() {}

    Run(long incidentId, long templateId, Instant startedAt, String startedByName) {
        this.incidentId = incidentId;
        this.templateId = templateId;
        this.startedAt = startedAt;
        this.startedByName = startedByName;
    }

    long id() {
        return id;
    }

    long incidentId() {
        return incidentId;
    }

    long templateId() {
        return templateId;
    }

    /** Switches to another template (allowed only before anyone worked on the run). */
    void useTemplate(long templateId) {
        this.templateId = templateId;
    }
}
