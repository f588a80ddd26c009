-- A timeline message is JSON: up to 8 alert lines of 300 characters each, and JSON escapes a quote
-- or a control character into 2 to 6 characters, so a storm of badly written alerts could pass
-- the 4000 characters of V13. TEXT holds 65,535 bytes (16,383 characters of 4 bytes); AlertNotes
-- keeps every message far below it. Runs on MariaDB and on H2 in MariaDB mode.
ALTER TABLE incident_timeline MODIFY message TEXT;
