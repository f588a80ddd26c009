-- When each endpoint's probes were failing (from the first failed run to the next successful one),
-- with the mail services the endpoint served then: the uptime history outlives the probe results'
-- retention and the endpoint itself.
CREATE TABLE probe_failing_period (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    endpoint_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    services VARCHAR(200) NOT NULL,
    started_at DATETIME(6) NOT NULL,
    ended_at DATETIME(6)
);
CREATE INDEX ix_probe_failing_period_open ON probe_failing_period (endpoint_id, kind, ended_at);
CREATE INDEX ix_probe_failing_period_start ON probe_failing_period (started_at);

-- Since when each mail service has been probed: days before it have no data.
CREATE TABLE probe_service_since (
    service VARCHAR(30) PRIMARY KEY,
    since DATETIME(6) NOT NULL
);
