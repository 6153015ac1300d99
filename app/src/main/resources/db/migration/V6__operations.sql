-- Operations: several app servers against one database.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- HTTP sessions (Spring Session JDBC), so a person signed in on one server can continue on another.
-- The same layout as spring-session-jdbc's schema-postgresql.sql / schema-h2.sql (they differ only
-- in the attribute column type; BYTEA works on both). Schema initialisation by Spring Session is
-- switched off (spring.session.jdbc.initialize-schema=never): Flyway owns every table.
CREATE TABLE spring_session (
  primary_id             VARCHAR(36)  NOT NULL,
  session_id             VARCHAR(36)  NOT NULL,
  creation_time          BIGINT       NOT NULL,
  last_access_time       BIGINT       NOT NULL,
  max_inactive_interval  INTEGER      NOT NULL,
  expiry_time            BIGINT       NOT NULL,
  principal_name         VARCHAR(100),
  CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
  session_primary_id  VARCHAR(36)  NOT NULL,
  attribute_name      VARCHAR(200) NOT NULL,
  attribute_bytes     BYTEA        NOT NULL,
  CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
  CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
    REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- ShedLock: one row per scheduled job; a server runs a job only while it holds the row's lock, so
-- a job scheduled on every server runs once. Times are the database's own (usingDbTime), so the
-- servers' clocks need not agree.
CREATE TABLE shedlock (
  name        VARCHAR(64)  NOT NULL,
  lock_until  TIMESTAMP    NOT NULL,
  locked_at   TIMESTAMP    NOT NULL,
  locked_by   VARCHAR(255) NOT NULL,
  CONSTRAINT shedlock_pk PRIMARY KEY (name)
);

-- One row per run of a scheduled job, written by the server that ran it: what ran, where, when,
-- and what came of it (for the audit-chain check: INTACT or BROKEN, with the rows checked).
CREATE TABLE job_run (
  id           UUID         PRIMARY KEY,
  job_name     VARCHAR(64)  NOT NULL,
  server       VARCHAR(120) NOT NULL,
  started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  outcome      VARCHAR(20)  NOT NULL,
  detail       VARCHAR(2000) NOT NULL
);
CREATE INDEX ix_job_run_job ON job_run (job_name, started_at);
