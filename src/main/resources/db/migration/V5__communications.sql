-- Communications: status updates and resolution summaries on incidents, the notification
-- outbox (one row per message, recipient and channel), and chat webhooks.
-- Runs on MariaDB and on H2 in MariaDB mode.

CREATE TABLE incident_update (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id    BIGINT        NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    audience       VARCHAR(16)   NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    message        VARCHAR(4000) NOT NULL,
    eta            DATETIME(6),
    workaround     VARCHAR(2000),
    cause          VARCHAR(4000),
    prevention     VARCHAR(4000),
    posted_at      DATETIME(6)   NOT NULL,
    posted_by_id   BIGINT        NOT NULL,
    posted_by_name VARCHAR(120)  NOT NULL,
    CONSTRAINT fk_incident_update_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);

CREATE INDEX ix_incident_update_incident ON incident_update (incident_id, posted_at);

CREATE TABLE outbox_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    dedupe_key      VARCHAR(200)  NOT NULL,
    update_id       BIGINT,
    incident_id     BIGINT,
    recipient_id    BIGINT,
    recipient       VARCHAR(500)  NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body_text       TEXT          NOT NULL,
    body_html       TEXT,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_until   DATETIME(6),
    last_error      VARCHAR(1000),
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    read_at         DATETIME(6),
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_outbox_dedupe UNIQUE (dedupe_key)
);

CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_update ON outbox_message (update_id, status);
CREATE INDEX ix_outbox_recipient ON outbox_message (recipient_id, channel, created_at);

CREATE TABLE chat_webhook (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(120)  NOT NULL,
    url        VARCHAR(1000) NOT NULL,
    audience   VARCHAR(16)   NOT NULL,
    enabled    BOOLEAN       NOT NULL,
    created_at DATETIME(6)   NOT NULL
);
