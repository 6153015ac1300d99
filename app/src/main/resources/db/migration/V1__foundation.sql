-- Foundation: accounts, clients, the audit chain and the key check.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

CREATE TABLE account (
  id             UUID PRIMARY KEY,
  username       VARCHAR(80)  NOT NULL,
  password_hash  VARCHAR(200) NOT NULL,
  role           VARCHAR(20)  NOT NULL,
  display_name   VARCHAR(120) NOT NULL,
  client_id      UUID,
  enabled        BOOLEAN      NOT NULL,
  failed_logins  INTEGER      NOT NULL,
  locked_until   TIMESTAMP WITH TIME ZONE,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_account_username UNIQUE (username),
  CONSTRAINT ck_account_role CHECK (role IN ('ADMIN', 'CLINICIAN', 'CODER', 'RESEARCHER', 'CLIENT'))
);

-- A client record. display_name is a pseudonym chosen by the clinician; referral_note holds health
-- information and is stored only as ciphertext (AEAD, bound to this table, column and row).
CREATE TABLE client (
  id             UUID PRIMARY KEY,
  display_name   VARCHAR(120) NOT NULL,
  clinician_id   UUID         NOT NULL,
  start_date     DATE         NOT NULL,
  referral_note  BYTEA,
  version        INTEGER      NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_client_clinician FOREIGN KEY (clinician_id) REFERENCES account (id)
);
CREATE INDEX ix_client_clinician ON client (clinician_id);

ALTER TABLE account ADD CONSTRAINT fk_account_client FOREIGN KEY (client_id) REFERENCES client (id);

-- Append-only audit trail. seq is gapless and assigned under the lock on audit_head, so a deleted
-- row leaves a gap; mac chains each row to the one before it, so an altered row breaks the chain.
CREATE TABLE audit_event (
  seq          BIGINT       PRIMARY KEY,
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  actor        VARCHAR(80)  NOT NULL,
  actor_role   VARCHAR(20)  NOT NULL,
  action       VARCHAR(40)  NOT NULL,
  record_type  VARCHAR(40)  NOT NULL,
  record_id    VARCHAR(64)  NOT NULL,
  remote_addr  VARCHAR(64)  NOT NULL,
  outcome      VARCHAR(20)  NOT NULL,
  prev_mac     VARCHAR(128) NOT NULL,
  mac          VARCHAR(128) NOT NULL
);
CREATE INDEX ix_audit_record ON audit_event (record_type, record_id);

CREATE TABLE audit_head (
  id        INTEGER      PRIMARY KEY,
  last_seq  BIGINT       NOT NULL,
  last_mac  VARCHAR(128) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_mac) VALUES (1, 0, 'genesis');

-- One ciphertext written with the deployment's key when the database was first opened: start-up
-- decrypts it to prove the configured key is the one this database was written with.
CREATE TABLE key_check (
  id          INTEGER PRIMARY KEY,
  ciphertext  BYTEA   NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
