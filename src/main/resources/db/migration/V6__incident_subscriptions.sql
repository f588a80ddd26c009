-- People who follow an incident without having reported or joined it: they receive its
-- public updates and the resolution summary. Owned by the notification module.
-- Runs on MariaDB and on H2 in MariaDB mode.

CREATE TABLE incident_subscription (
    account_id  BIGINT      NOT NULL,
    incident_id BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_incident_subscription PRIMARY KEY (account_id, incident_id),
    CONSTRAINT fk_incident_subscription_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_incident_subscription_account FOREIGN KEY (account_id) REFERENCES user_account (id)
);

CREATE INDEX ix_incident_subscription_incident ON incident_subscription (incident_id);

-- When the dispatcher began handing an outbox row to its channel. Set just before sending,
-- cleared with the outcome: a row whose claim expired with it still set was interrupted
-- mid-send (it may or may not have reached the server), one without it was never sent.
ALTER TABLE outbox_message ADD COLUMN send_started_at DATETIME(6);
