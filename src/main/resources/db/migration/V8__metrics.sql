-- Metrics read model: kept up to date from incident and review events, read by the dashboard.
-- Durations are stored in seconds when the incident is written, so the dashboard only counts,
-- groups and sorts columns; nothing here is the source of truth (it can be rebuilt).
CREATE TABLE metric_incident (
    incident_id         BIGINT       NOT NULL PRIMARY KEY,
    reference           VARCHAR(32)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    severity            VARCHAR(8)   NOT NULL,
    state               VARCHAR(16)  NOT NULL,
    excluded            BOOLEAN      NOT NULL,
    period_at           DATETIME(6)  NOT NULL,
    opened_at           DATETIME(6)  NOT NULL,
    impact_started_at   DATETIME(6),
    detected_at         DATETIME(6),
    acknowledged_at     DATETIME(6),
    mitigated_at        DATETIME(6),
    resolved_at         DATETIME(6),
    closed_at           DATETIME(6),
    mttd_seconds        BIGINT,
    mtta_seconds        BIGINT,
    mttm_seconds        BIGINT,
    mttr_seconds        BIGINT,
    report_count        INT          NOT NULL,
    users_affected      INT          NOT NULL,
    review_required     BOOLEAN      NOT NULL
);
CREATE INDEX ix_metric_incident_period ON metric_incident (excluded, period_at, severity);

CREATE TABLE metric_incident_service (
    incident_id BIGINT      NOT NULL,
    service     VARCHAR(32) NOT NULL,
    PRIMARY KEY (incident_id, service)
);
CREATE INDEX ix_metric_incident_service_service ON metric_incident_service (service, incident_id);

-- Time an incident spent in one SOP phase, all visits added up (a phase entered twice counts twice).
CREATE TABLE metric_phase_time (
    incident_id BIGINT      NOT NULL,
    phase       VARCHAR(32) NOT NULL,
    seconds     BIGINT      NOT NULL,
    PRIMARY KEY (incident_id, phase)
);

-- Kept apart from metric_incident so rebuilding incidents from their module never loses review data.
CREATE TABLE metric_review (
    incident_id    BIGINT      NOT NULL PRIMARY KEY,
    review_id      BIGINT      NOT NULL,
    cause_category VARCHAR(32) NOT NULL,
    finalised_at   DATETIME(6) NOT NULL
);
CREATE INDEX ix_metric_review_cause ON metric_review (cause_category, incident_id);

CREATE TABLE metric_action_item (
    id          BIGINT      NOT NULL PRIMARY KEY,
    review_id   BIGINT      NOT NULL,
    incident_id BIGINT      NOT NULL,
    status      VARCHAR(16) NOT NULL,
    priority    VARCHAR(8)  NOT NULL,
    due_date    DATE,
    team        VARCHAR(120),
    changed_at  DATETIME(6) NOT NULL
);
CREATE INDEX ix_metric_action_item_incident ON metric_action_item (incident_id, status, due_date);
