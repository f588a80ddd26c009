-- Accounts, roles, e-mailed single-use tokens and personal API tokens.
-- Runs on MariaDB and on H2 in MariaDB mode.

CREATE TABLE user_account (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    email             VARCHAR(254) NOT NULL,
    display_name      VARCHAR(120) NOT NULL,
    password_hash     VARCHAR(255),
    email_verified    BOOLEAN      NOT NULL,
    enabled           BOOLEAN      NOT NULL,
    department        VARCHAR(120),
    site              VARCHAR(120),
    language          VARCHAR(8),
    notify_by_email   BOOLEAN      NOT NULL,
    notify_in_portal  BOOLEAN      NOT NULL,
    all_public_updates BOOLEAN     NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT uk_user_account_email UNIQUE (email)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
);

CREATE TABLE account_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    purpose     VARCHAR(32) NOT NULL,
    token_hash  VARCHAR(64)   NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
);

CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(80)  NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    token_hash   VARCHAR(64)    NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6),
    revoked_at   DATETIME(6),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
);

CREATE INDEX ix_api_token_account ON api_token (account_id);
CREATE INDEX ix_account_token_account ON account_token (account_id);
