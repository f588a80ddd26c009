-- Planned maintenance: shown on the status page and the portal's banner from a set time before it
-- starts; failing probes of its services are expected during it and count as no downtime.
CREATE TABLE maintenance_window (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    services VARCHAR(200) NOT NULL,
    starts_at DATETIME(6) NOT NULL,
    ends_at DATETIME(6) NOT NULL,
    title_es VARCHAR(200),
    title_en VARCHAR(200),
    details_es VARCHAR(2000),
    details_en VARCHAR(2000),
    audience VARCHAR(20) NOT NULL,
    -- The last phase announced through the channels (SCHEDULED, IN_PROGRESS, COMPLETED), or NONE.
    announced VARCHAR(20) NOT NULL,
    cancelled_at DATETIME(6),
    created_by VARCHAR(255) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_maintenance_window_end ON maintenance_window (ends_at);
