-- Every person reads times in their own zone: an IANA zone id (e.g. Europe/Madrid) chosen in the
-- profile, or remembered at the first page they open (the organisation's zone when one is
-- configured, else their browser's). NULL until then: mail to them uses the organisation's zone,
-- labelled. Runs on MariaDB and on H2 in MariaDB mode.
ALTER TABLE user_account ADD COLUMN time_zone VARCHAR(64);
