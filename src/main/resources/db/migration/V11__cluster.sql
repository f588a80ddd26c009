-- More than one node: the lease table behind ClusterLease (ShedLock's JDBC layout: one row
-- per job, held until lock_until by locked_by), and the node that claimed each outbox message.
-- Runs on MariaDB and on H2 in MariaDB mode.

CREATE TABLE scheduler_lease (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(6)  NOT NULL,
    locked_at  DATETIME(6)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

ALTER TABLE outbox_message ADD COLUMN claimed_by VARCHAR(255);
