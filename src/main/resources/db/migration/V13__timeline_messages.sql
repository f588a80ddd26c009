-- What the system writes on an incident's timeline is kept as a message key with typed arguments
-- (JSON, see TimelineMessage) and put into words for each reader; the note keeps what people wrote.
-- V14 (a Java migration) converts the entries written before as text. Runs on MariaDB and on H2 in MariaDB mode.
ALTER TABLE incident_timeline ADD COLUMN message VARCHAR(4000);
