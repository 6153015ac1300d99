-- Audit trail without a global lock (issue 11).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.
--
-- Until now every append took the row lock on audit_head to get the next gapless seq. Now a request
-- inserts its event with a random id, its own MAC and no seq (no lock, nothing shared); the sealer
-- (AuditSealer) later gives committed events their dense seq, a seal MAC binding each to its place,
-- and records a MAC-signed Merkle tree head (RFC 9162) over the whole trail in audit_tree_head.
-- An event whose transaction rolls back never existed: no seq was taken, so nothing reads as a gap.

ALTER TABLE audit_event RENAME TO audit_event_v1;
DROP INDEX ix_audit_record;

CREATE TABLE audit_event (
  id               UUID         PRIMARY KEY,
  -- dense position in the trail, from 1; NULL until the sealer orders the event
  seq              BIGINT,
  occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  actor            VARCHAR(80)  NOT NULL,
  actor_role       VARCHAR(20)  NOT NULL,
  action           VARCHAR(40)  NOT NULL,
  record_type      VARCHAR(40)  NOT NULL,
  record_id        VARCHAR(64)  NOT NULL,
  remote_addr      VARCHAR(64)  NOT NULL,
  outcome          VARCHAR(20)  NOT NULL,
  -- the event's own MAC, written with it
  mac              VARCHAR(128) NOT NULL,
  -- only for rows written before V7: the old chain link, which their MAC covers (with seq)
  legacy_prev_mac  VARCHAR(128),
  -- written by the sealer with seq: MAC over (seq, mac), so a moved or reordered row is named
  seal_mac         VARCHAR(128),
  CONSTRAINT uq_audit_event_seq UNIQUE (seq)
);
CREATE INDEX ix_audit_record ON audit_event (record_type, record_id);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);

-- The V1-V6 rows move over unchanged: same seq, same MAC, their chain link kept, so they verify
-- exactly as before; the first seal then puts them into the tree as its first batch. Their ids
-- are derived from seq (version nibble 0, so they never collide with a random version-4 id).
INSERT INTO audit_event (id, seq, occurred_at, actor, actor_role, action, record_type, record_id,
  remote_addr, outcome, mac, legacy_prev_mac)
SELECT CAST(CONCAT('00000000-0000-0000-0000-', LPAD(CAST(seq AS VARCHAR(12)), 12, '0')) AS UUID),
  seq, occurred_at, actor, actor_role, action, record_type, record_id, remote_addr, outcome, mac,
  prev_mac
FROM audit_event_v1;

DROP TABLE audit_event_v1;

-- audit_head stays as it was: the end of the V1-V6 chain (last seq and MAC), which verification
-- still checks, so a V1-V6 tail removed before the first seal is caught. Nothing writes it any more.

-- One row per seal: the tree over events 1..tree_size, its root, when, the batch it added
-- (first_seq..tree_size), the compact range to extend it (the subtree roots, hex, comma-separated)
-- and a MAC over (tree_size, root_hash, sealed_at) with the deployment's audit key.
CREATE TABLE audit_tree_head (
  tree_size  BIGINT        PRIMARY KEY,
  first_seq  BIGINT        NOT NULL,
  root_hash  VARCHAR(64)   NOT NULL,
  sealed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  peaks      VARCHAR(4400) NOT NULL,
  mac        VARCHAR(128)  NOT NULL
);

-- The sealer's short lock: whoever seals holds this row for the length of one batch. Requests
-- never touch it.
CREATE TABLE audit_sealer (
  id  INTEGER PRIMARY KEY
);
INSERT INTO audit_sealer (id) VALUES (1);
