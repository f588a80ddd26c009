-- Accounts provisioned by the company directory (LDAP / Active Directory, OpenID Connect).
ALTER TABLE user_account ADD COLUMN origin VARCHAR(16) NOT NULL DEFAULT 'LOCAL';
ALTER TABLE user_account ADD COLUMN origin_provider VARCHAR(100);
ALTER TABLE user_account ADD COLUMN external_id VARCHAR(255);
ALTER TABLE user_account ADD COLUMN directory_fields VARCHAR(120);
CREATE UNIQUE INDEX uk_user_account_external ON user_account (origin_provider, external_id);
