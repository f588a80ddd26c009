-- Post-incident reviews (SOP phase 7): one review per incident, its participants and comments,
-- action items with owners and due dates, and the reminders already sent for them.
-- Runs on MariaDB and on H2 in MariaDB mode. The review's texts are sized so one row stays within
-- MariaDB's 65,535-byte row limit in utf8mb4.

CREATE TABLE review (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id          BIGINT        NOT NULL,
    incident_reference   VARCHAR(40)   NOT NULL,
    incident_title       VARCHAR(200)  NOT NULL,
    severity             VARCHAR(8)    NOT NULL,
    language             VARCHAR(8)    NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    what_happened        VARCHAR(3000),
    root_cause           VARCHAR(1500),
    contributing_factors VARCHAR(1500),
    cause_category       VARCHAR(32),
    response_assessment  VARCHAR(1500),
    went_well            VARCHAR(1500),
    to_improve           VARCHAR(1500),
    prevention           VARCHAR(1500),
    started_at           DATETIME(6)   NOT NULL,
    started_by_name      VARCHAR(120)  NOT NULL,
    finalised_at         DATETIME(6),
    finalised_by_name    VARCHAR(120),
    updated_at           DATETIME(6)   NOT NULL,
    last_changed_by_name VARCHAR(120)  NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT uq_review_incident UNIQUE (incident_id),
    CONSTRAINT fk_review_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);

CREATE INDEX ix_review_status ON review (status, finalised_at);

CREATE TABLE review_participant (
    review_id    BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    account_name VARCHAR(120) NOT NULL,
    PRIMARY KEY (review_id, account_id),
    CONSTRAINT fk_review_participant_review FOREIGN KEY (review_id) REFERENCES review (id) ON DELETE CASCADE
);

CREATE TABLE review_comment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    review_id   BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    author_name VARCHAR(120)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_review_comment_review FOREIGN KEY (review_id) REFERENCES review (id) ON DELETE CASCADE
);

CREATE INDEX ix_review_comment_review ON review_comment (review_id, created_at);

CREATE TABLE action_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    review_id   BIGINT        NOT NULL,
    incident_id BIGINT        NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    owner_id    BIGINT        NOT NULL,
    owner_name  VARCHAR(120)  NOT NULL,
    owner_team  VARCHAR(120),
    due_date    DATE          NOT NULL,
    priority    VARCHAR(16)   NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT fk_action_item_review FOREIGN KEY (review_id) REFERENCES review (id)
);

CREATE INDEX ix_action_item_review ON action_item (review_id);
CREATE INDEX ix_action_item_owner ON action_item (owner_id, status);
CREATE INDEX ix_action_item_due ON action_item (status, due_date);
CREATE INDEX ix_action_item_team ON action_item (owner_team, status);

-- One row per reminder sent: a reminder goes out once per item, kind and due date.
CREATE TABLE action_item_reminder (
    action_item_id BIGINT      NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    due_date       DATE        NOT NULL,
    sent_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (action_item_id, kind, due_date),
    CONSTRAINT fk_action_item_reminder_item FOREIGN KEY (action_item_id) REFERENCES action_item (id)
);
