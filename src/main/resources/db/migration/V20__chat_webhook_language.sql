-- A chat channel has no single reader: each webhook is given the language its messages are written
-- in (es or en), chosen by the admin. NULL (the webhooks that existed before) means the configured
-- default language (outagedesk.mail.default-language), which they were written in until now.
-- Runs on MariaDB and on H2 in MariaDB mode.
ALTER TABLE chat_webhook ADD COLUMN language VARCHAR(8);
