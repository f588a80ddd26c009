-- Incidents, their affected services, roles and append-only timeline.
-- Runs on MariaDB and on H2 in MariaDB mode.

CREATE TABLE incident (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                VARCHAR(200)  NOT NULL,
    description          VARCHAR(4000),
    scope                VARCHAR(32)   NOT NULL,
    severity             VARCHAR(8)    NOT NULL,
    phase                VARCHAR(32)   NOT NULL,
    state                VARCHAR(16)   NOT NULL,
    merged_into_id       BIGINT,
    eta                  DATETIME(6),
    public_status        VARCHAR(16)   NOT NULL,
    public_title         VARCHAR(200),
    impact_started_at    DATETIME(6),
    detected_at          DATETIME(6),
    acknowledged_at      DATETIME(6),
    mitigated_at         DATETIME(6),
    resolved_at          DATETIME(6),
    closed_at            DATETIME(6),
    report_count         INT           NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    last_changed_by_id   BIGINT,
    last_changed_by_name VARCHAR(120),
    version              BIGINT        NOT NULL,
    CONSTRAINT fk_incident_merged_into FOREIGN KEY (merged_into_id) REFERENCES incident (id)
);

CREATE INDEX ix_incident_state ON incident (state);

CREATE TABLE incident_service (
    incident_id BIGINT      NOT NULL,
    service     VARCHAR(32) NOT NULL,
    PRIMARY KEY (incident_id, service),
    CONSTRAINT fk_incident_service_incident FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE
);

-- Symptoms and clients of the linked reports, for matching known outages without asking the report module.
CREATE TABLE incident_symptom (
    incident_id BIGINT      NOT NULL,
    symptom     VARCHAR(32) NOT NULL,
    PRIMARY KEY (incident_id, symptom),
    CONSTRAINT fk_incident_symptom_incident FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE
);

CREATE TABLE incident_client (
    incident_id BIGINT      NOT NULL,
    client      VARCHAR(32) NOT NULL,
    PRIMARY KEY (incident_id, client),
    CONSTRAINT fk_incident_client_incident FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE
);

-- Role name -> person, e.g. COMMANDER, COMMUNICATIONS_LEAD, or a role staff added.
CREATE TABLE incident_role (
    incident_id  BIGINT       NOT NULL,
    role_name    VARCHAR(64)  NOT NULL,
    account_id   BIGINT       NOT NULL,
    account_name VARCHAR(120) NOT NULL,
    PRIMARY KEY (incident_id, role_name),
    CONSTRAINT fk_incident_role_incident FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE
);

-- Append-only: the application inserts and reads, never updates or deletes.
CREATE TABLE incident_timeline (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id       BIGINT        NOT NULL,
    occurred_at       DATETIME(6)   NOT NULL,
    actor_id          BIGINT        NOT NULL,
    actor_name        VARCHAR(120)  NOT NULL,
    kind              VARCHAR(32)   NOT NULL,
    field             VARCHAR(64),
    before_value      VARCHAR(1000),
    after_value       VARCHAR(1000),
    note              VARCHAR(4000),
    copied_from_id    BIGINT,
    CONSTRAINT fk_incident_timeline_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);

CREATE INDEX ix_incident_timeline_incident ON incident_timeline (incident_id, occurred_at);
