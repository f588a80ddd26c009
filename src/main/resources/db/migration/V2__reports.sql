-- End-user problem reports and their optional screenshots.
-- Runs on MariaDB and on H2 in MariaDB mode. The reporter's name, e-mail, department and
-- site are copied at submit time, so triage groups by where people were when they reported.

CREATE TABLE problem_report (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    reporter_id      BIGINT        NOT NULL,
    reporter_name    VARCHAR(120)  NOT NULL,
    reporter_email   VARCHAR(254)  NOT NULL,
    department       VARCHAR(120),
    site             VARCHAR(120),
    symptom          VARCHAR(32)   NOT NULL,
    client           VARCHAR(32)   NOT NULL,
    description      VARCHAR(4000),
    error_text       VARCHAR(2000),
    started_at       DATETIME(6),
    affected_address VARCHAR(254),
    status           VARCHAR(16)   NOT NULL,
    incident_id      BIGINT,
    decline_reason   VARCHAR(500),
    duplicate_of_id  BIGINT,
    joined_incident  BOOLEAN       NOT NULL,
    has_screenshot   BOOLEAN       NOT NULL,
    idempotency_key  VARCHAR(100),
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_problem_report_idempotency UNIQUE (reporter_id, idempotency_key),
    CONSTRAINT fk_problem_report_duplicate_of FOREIGN KEY (duplicate_of_id) REFERENCES problem_report (id)
);

-- Triage: open reports newest first, reports of an incident, a person's own reports.
CREATE INDEX ix_problem_report_status_created ON problem_report (status, created_at);
CREATE INDEX ix_problem_report_incident ON problem_report (incident_id, created_at);
CREATE INDEX ix_problem_report_created ON problem_report (created_at);
CREATE INDEX ix_problem_report_reporter ON problem_report (reporter_id, created_at);

CREATE TABLE report_screenshot (
    report_id    BIGINT      NOT NULL PRIMARY KEY,
    content_type VARCHAR(32) NOT NULL,
    size_bytes   INT         NOT NULL,
    image_data   LONGBLOB    NOT NULL,
    CONSTRAINT fk_report_screenshot_report FOREIGN KEY (report_id) REFERENCES problem_report (id) ON DELETE CASCADE
);
