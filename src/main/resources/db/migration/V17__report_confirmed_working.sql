-- "It works now": when the reporter confirmed that a resolved report's problem is gone.
-- Runs on MariaDB and on H2 in MariaDB mode. Null until confirmed; cleared by "Still broken".
ALTER TABLE problem_report ADD COLUMN confirmed_working_at DATETIME(6);
