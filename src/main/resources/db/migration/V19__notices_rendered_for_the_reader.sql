-- In-portal notifications (and the outage banner drawn from them) are no longer stored as words in
-- one language: a row says what the notice is, and it is rendered in the reader's language and time
-- zone when read. notice: UPDATE (a status update or resolution summary, its fields as arguments),
-- PERSONAL (a subject and a text message key with arguments), or NULL (a text as written, as older
-- notices that cannot be reconstructed and every e-mail row, rendered per recipient when queued).
-- Runs on MariaDB and on H2 in MariaDB mode.

ALTER TABLE outbox_message ADD COLUMN notice VARCHAR(16);
ALTER TABLE outbox_message ADD COLUMN subject_key VARCHAR(120);
ALTER TABLE outbox_message ADD COLUMN text_key VARCHAR(120);
ALTER TABLE outbox_message ADD COLUMN link VARCHAR(1000);

-- Typed arguments of a notice: TEXT (as written), NUMBER, TIME (an instant, shown in the reader's
-- zone), DATE (a day, ISO yyyy-mm-dd), LABEL (a message key shown in the reader's language).
CREATE TABLE outbox_argument (
    message_id BIGINT        NOT NULL,
    name       VARCHAR(40)   NOT NULL,
    kind       VARCHAR(8)    NOT NULL,
    text_value VARCHAR(4000),
    time_value DATETIME(6),
    PRIMARY KEY (message_id, name),
    CONSTRAINT fk_outbox_argument_message FOREIGN KEY (message_id) REFERENCES outbox_message (id) ON DELETE CASCADE
);

-- Status updates and summaries: their fields, from the update they are about.
UPDATE outbox_message SET notice = 'UPDATE'
WHERE channel = 'IN_PORTAL' AND update_id IS NOT NULL
  AND EXISTS (SELECT 1 FROM incident_update u WHERE u.id = outbox_message.update_id);

INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, 'reference', 'TEXT', CONCAT('INC-', u.incident_id)
FROM outbox_message m JOIN incident_update u ON u.id = m.update_id WHERE m.notice = 'UPDATE';
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, 'title', 'TEXT', COALESCE(i.public_title, i.title)
FROM outbox_message m JOIN incident_update u ON u.id = m.update_id JOIN incident i ON i.id = u.incident_id
WHERE m.notice = 'UPDATE';
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, 'kind', 'TEXT', u.kind FROM outbox_message m JOIN incident_update u ON u.id = m.update_id
WHERE m.notice = 'UPDATE';
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, 'audience', 'TEXT', u.audience FROM outbox_message m JOIN incident_update u ON u.id = m.update_id
WHERE m.notice = 'UPDATE';
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, 'status', 'TEXT', u.status FROM outbox_message m JOIN incident_update u ON u.id = m.update_id
WHERE m.notice = 'UPDATE';
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, 'message', 'TEXT', u.message FROM outbox_message m JOIN incident_update u ON u.id = m.update_id
WHERE m.notice = 'UPDATE';
INSERT INTO outbox_argument (message_id, name, kind, time_value)
SELECT m.id, 'eta', 'TIME', u.eta FROM outbox_message m JOIN incident_update u ON u.id = m.update_id
WHERE m.notice = 'UPDATE' AND u.eta IS NOT NULL;
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, 'workaround', 'TEXT', u.workaround FROM outbox_message m JOIN incident_update u ON u.id = m.update_id
WHERE m.notice = 'UPDATE' AND u.workaround IS NOT NULL;
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, 'cause', 'TEXT', u.cause FROM outbox_message m JOIN incident_update u ON u.id = m.update_id
WHERE m.notice = 'UPDATE' AND u.cause IS NOT NULL;
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, 'prevention', 'TEXT', u.prevention FROM outbox_message m JOIN incident_update u ON u.id = m.update_id
WHERE m.notice = 'UPDATE' AND u.prevention IS NOT NULL;

-- Review invitations (dedupe key review-invite:<review>:<account>:portal).
UPDATE outbox_message SET notice = 'PERSONAL', subject_key = 'review.notice.invite.subject',
    text_key = 'review.notice.invite.text',
    link = (SELECT CONCAT('/incidents/', r.incident_id, '/review') FROM review r
            WHERE outbox_message.dedupe_key LIKE CONCAT('review-invite:', r.id, ':%'))
WHERE channel = 'IN_PORTAL' AND notice IS NULL AND EXISTS (SELECT 1 FROM review r
    WHERE outbox_message.dedupe_key LIKE CONCAT('review-invite:', r.id, ':%'));
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, '0', 'TEXT', r.incident_reference FROM outbox_message m
JOIN review r ON m.dedupe_key LIKE CONCAT('review-invite:', r.id, ':%')
WHERE m.channel = 'IN_PORTAL' AND m.notice = 'PERSONAL';
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, '1', 'TEXT', r.incident_title FROM outbox_message m
JOIN review r ON m.dedupe_key LIKE CONCAT('review-invite:', r.id, ':%')
WHERE m.channel = 'IN_PORTAL' AND m.notice = 'PERSONAL';

-- Review findings to managers (review-final:<review>:<account>:portal).
UPDATE outbox_message SET notice = 'PERSONAL', subject_key = 'review.notice.final.subject',
    text_key = 'review.notice.final.text',
    link = (SELECT CONCAT('/incidents/', r.incident_id, '/review') FROM review r
            WHERE outbox_message.dedupe_key LIKE CONCAT('review-final:', r.id, ':%'))
WHERE channel = 'IN_PORTAL' AND notice IS NULL AND EXISTS (SELECT 1 FROM review r
    WHERE outbox_message.dedupe_key LIKE CONCAT('review-final:', r.id, ':%'));
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, '0', 'TEXT', r.incident_reference FROM outbox_message m
JOIN review r ON m.dedupe_key LIKE CONCAT('review-final:', r.id, ':%')
WHERE m.channel = 'IN_PORTAL' AND m.notice = 'PERSONAL';
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, '1', 'TEXT', r.incident_title FROM outbox_message m
JOIN review r ON m.dedupe_key LIKE CONCAT('review-final:', r.id, ':%')
WHERE m.channel = 'IN_PORTAL' AND m.notice = 'PERSONAL';
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, '2', 'TEXT', COALESCE(r.root_cause, '') FROM outbox_message m
JOIN review r ON m.dedupe_key LIKE CONCAT('review-final:', r.id, ':%')
WHERE m.channel = 'IN_PORTAL' AND m.notice = 'PERSONAL';

-- Action-item reminders (action-reminder:<item>:<DUE_SOON|OVERDUE>:<due date>:portal).
UPDATE outbox_message SET notice = 'PERSONAL', subject_key = 'review.notice.due-soon.subject',
    text_key = 'review.notice.due-soon.text',
    link = (SELECT CONCAT('/incidents/', a.incident_id, '/review') FROM action_item a
            WHERE outbox_message.dedupe_key LIKE CONCAT('action-reminder:', a.id, ':DUE_SOON:%'))
WHERE channel = 'IN_PORTAL' AND notice IS NULL AND EXISTS (SELECT 1 FROM action_item a
    WHERE outbox_message.dedupe_key LIKE CONCAT('action-reminder:', a.id, ':DUE_SOON:%'));
UPDATE outbox_message SET notice = 'PERSONAL', subject_key = 'review.notice.overdue.subject',
    text_key = 'review.notice.overdue.text',
    link = (SELECT CONCAT('/incidents/', a.incident_id, '/review') FROM action_item a
            WHERE outbox_message.dedupe_key LIKE CONCAT('action-reminder:', a.id, ':OVERDUE:%'))
WHERE channel = 'IN_PORTAL' AND notice IS NULL AND EXISTS (SELECT 1 FROM action_item a
    WHERE outbox_message.dedupe_key LIKE CONCAT('action-reminder:', a.id, ':OVERDUE:%'));
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, '0', 'TEXT', a.title FROM outbox_message m
JOIN action_item a ON m.dedupe_key LIKE CONCAT('action-reminder:', a.id, ':%')
WHERE m.channel = 'IN_PORTAL' AND m.notice = 'PERSONAL';
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, '1', 'DATE', CAST(a.due_date AS CHAR(10)) FROM outbox_message m
JOIN action_item a ON m.dedupe_key LIKE CONCAT('action-reminder:', a.id, ':%')
WHERE m.channel = 'IN_PORTAL' AND m.notice = 'PERSONAL';
INSERT INTO outbox_argument (message_id, name, kind, text_value)
SELECT m.id, '2', 'TEXT', r.incident_reference FROM outbox_message m
JOIN action_item a ON m.dedupe_key LIKE CONCAT('action-reminder:', a.id, ':%')
JOIN review r ON r.id = a.review_id
WHERE m.channel = 'IN_PORTAL' AND m.notice = 'PERSONAL';

-- What is now rendered for the reader no longer keeps the words it was first written in.
UPDATE outbox_message SET subject = '', body_text = '' WHERE notice IS NOT NULL;
