-- Monitoring-alert intake: the alert token, which alert group and fingerprint went to which
-- incident (deduplication), and a log of what was received. Runs on MariaDB and on H2 in MariaDB mode.

-- Admin-generated bearer tokens for the alert endpoints; only the SHA-256 hash is kept.
CREATE TABLE alert_token (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash      VARCHAR(64)  NOT NULL,
    token_prefix    VARCHAR(16)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by_name VARCHAR(120) NOT NULL,
    last_used_at    DATETIME(6),
    revoked_at      DATETIME(6),
    CONSTRAINT uq_alert_token_hash UNIQUE (token_hash)
);

-- An alert group (Alertmanager's groupKey, or source + key of the generic webhook) -> its incident.
CREATE TABLE alert_group (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_hash   VARCHAR(64)   NOT NULL,
    group_key    VARCHAR(1000) NOT NULL,
    incident_id  BIGINT        NOT NULL,
    first_seen   DATETIME(6)   NOT NULL,
    last_seen    DATETIME(6)   NOT NULL,
    CONSTRAINT uq_alert_group_hash UNIQUE (group_hash)
);

-- One alert (Alertmanager's fingerprint) -> the incident it went to, and whether it still fires.
CREATE TABLE alert_fingerprint (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    fingerprint  VARCHAR(64)  NOT NULL,
    incident_id  BIGINT       NOT NULL,
    firing       BOOLEAN      NOT NULL,
    last_seen    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_alert_fingerprint UNIQUE (fingerprint)
);

CREATE INDEX ix_alert_fingerprint_incident ON alert_fingerprint (incident_id);

-- What was received, newest read first on the admin screen.
CREATE TABLE alert_received (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    received_at        DATETIME(6)   NOT NULL,
    source             VARCHAR(64)   NOT NULL,
    group_key          VARCHAR(1000) NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    alert_count        INT           NOT NULL,
    outcome            VARCHAR(16)   NOT NULL,
    incident_id        BIGINT,
    incident_reference VARCHAR(32),
    summary            VARCHAR(1000)
);

CREATE INDEX ix_alert_received_at ON alert_received (received_at);
