-- Mail endpoints probed on a schedule, and the history of their probe results.
CREATE TABLE probe_endpoint (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    protocol VARCHAR(20) NOT NULL,
    host VARCHAR(255) NOT NULL,
    port INT NOT NULL,
    tls_mode VARCHAR(20) NOT NULL,
    username VARCHAR(255),
    -- AES-GCM, base64 nonce + cipher text; never shown back.
    secret_cipher VARCHAR(1000),
    secret_env VARCHAR(100),
    interval_seconds INT NOT NULL,
    enabled BOOLEAN NOT NULL,
    round_trip_via_id BIGINT,
    round_trip_address VARCHAR(255),
    services VARCHAR(200) NOT NULL,
    demo BOOLEAN NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_probe_endpoint_name UNIQUE (name),
    CONSTRAINT fk_probe_endpoint_via FOREIGN KEY (round_trip_via_id) REFERENCES probe_endpoint (id) ON DELETE SET NULL
);

CREATE TABLE probe_result (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    endpoint_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    started_at DATETIME(6) NOT NULL,
    success BOOLEAN NOT NULL,
    error_kind VARCHAR(30),
    error_message VARCHAR(1000),
    total_millis BIGINT NOT NULL,
    certificate_days_left INT,
    steps VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_probe_result_endpoint FOREIGN KEY (endpoint_id) REFERENCES probe_endpoint (id) ON DELETE CASCADE
);
CREATE INDEX ix_probe_result_endpoint_time ON probe_result (endpoint_id, kind, started_at);
CREATE INDEX ix_probe_result_time ON probe_result (started_at);
