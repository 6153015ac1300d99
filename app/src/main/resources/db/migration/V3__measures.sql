-- Measures: assignments, administrations (response sets), scores, change parameters, event notes.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- A clinician asks a client to answer an instrument once or on a schedule. The instrument id and
-- definition version are fixed when assigned, so later definition versions never re-key old answers.
CREATE TABLE measure_assignment (
  id                  UUID PRIMARY KEY,
  client_id           UUID         NOT NULL,
  clinician_id        UUID         NOT NULL,
  instrument_id       VARCHAR(60)  NOT NULL,
  instrument_version  VARCHAR(20)  NOT NULL,
  schedule            VARCHAR(20)  NOT NULL,
  interval_days       INTEGER      NOT NULL,
  start_date          DATE         NOT NULL,
  expiry_days         INTEGER      NOT NULL,
  active              BOOLEAN      NOT NULL,
  version             INTEGER      NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_massign_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_massign_clinician FOREIGN KEY (clinician_id) REFERENCES account (id),
  CONSTRAINT ck_massign_schedule CHECK (schedule IN ('ONCE', 'WEEKLY', 'EVERY_N_DAYS')),
  CONSTRAINT ck_massign_interval CHECK (interval_days >= 0),
  CONSTRAINT ck_massign_expiry CHECK (expiry_days >= 1)
);
CREATE INDEX ix_massign_client ON measure_assignment (client_id);

-- One administration: a due occurrence of an assignment, or answers entered from paper. answers is
-- the response set's answers as JSON, stored only as ciphertext (AEAD bound to this table, column and
-- row); item_order is the order the items were shown in (not health information).
CREATE TABLE measure_administration (
  id                  UUID PRIMARY KEY,
  client_id           UUID          NOT NULL,
  assignment_id       UUID,
  instrument_id       VARCHAR(60)   NOT NULL,
  instrument_version  VARCHAR(20)   NOT NULL,
  item_order          VARCHAR(4000) NOT NULL,
  answers             BYTEA,
  answered_count      INTEGER       NOT NULL,
  due_date            DATE          NOT NULL,
  expires_on          DATE          NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  completed_on        DATE,
  source              VARCHAR(20)   NOT NULL,
  entered_by          UUID,
  version             INTEGER       NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_madmin_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_madmin_assignment FOREIGN KEY (assignment_id) REFERENCES measure_assignment (id),
  CONSTRAINT ck_madmin_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'COMPLETED')),
  CONSTRAINT ck_madmin_source CHECK (source IN ('CLIENT', 'PAPER')),
  CONSTRAINT uq_madmin_occurrence UNIQUE (assignment_id, due_date)
);
CREATE INDEX ix_madmin_client ON measure_administration (client_id, instrument_id);

-- Subscale scores of a completed administration, computed by the core scorer. target is '' for
-- single-target instruments, a target id (mother, father, partner, friend) or 'global' for ECR-RS.
-- value is NULL when the missing-data rule leaves the subscale unscored (never zero).
CREATE TABLE measure_score (
  administration_id   UUID             NOT NULL,
  subscale_id         VARCHAR(60)      NOT NULL,
  target              VARCHAR(40)      NOT NULL,
  score_value         DOUBLE PRECISION,
  answered            INTEGER          NOT NULL,
  total               INTEGER          NOT NULL,
  PRIMARY KEY (administration_id, subscale_id, target),
  CONSTRAINT fk_mscore_admin FOREIGN KEY (administration_id) REFERENCES measure_administration (id)
);

-- The reliability and SD that reliable change uses for one subscale (and target), each with its
-- source, entered by a clinician or an administrator. A value from the instrument definition is used
-- when no reliability is entered here; no SD ships with any definition.
CREATE TABLE measure_change_parameter (
  id                  UUID PRIMARY KEY,
  instrument_id       VARCHAR(60)   NOT NULL,
  instrument_version  VARCHAR(20)   NOT NULL,
  subscale_id         VARCHAR(60)   NOT NULL,
  target              VARCHAR(40)   NOT NULL,
  reliability_kind    VARCHAR(20),
  reliability_value   DOUBLE PRECISION,
  reliability_source  VARCHAR(1000),
  sd_value            DOUBLE PRECISION,
  sd_source           VARCHAR(1000),
  entered_by          UUID          NOT NULL,
  version             INTEGER       NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_mparam UNIQUE (instrument_id, instrument_version, subscale_id, target),
  CONSTRAINT fk_mparam_account FOREIGN KEY (entered_by) REFERENCES account (id),
  CONSTRAINT ck_mparam_kind CHECK (reliability_kind IS NULL OR reliability_kind IN ('ALPHA', 'TEST_RETEST'))
);

-- Dated notes a clinician puts on the same time axis as the scores. note is health information and
-- is stored only as ciphertext.
CREATE TABLE measure_event (
  id            UUID PRIMARY KEY,
  client_id     UUID         NOT NULL,
  occurred_on   DATE         NOT NULL,
  kind          VARCHAR(20)  NOT NULL,
  note          BYTEA        NOT NULL,
  created_by    UUID         NOT NULL,
  version       INTEGER      NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_mevent_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_mevent_account FOREIGN KEY (created_by) REFERENCES account (id),
  CONSTRAINT ck_mevent_kind CHECK (kind IN ('SETBACK', 'LIFE_EVENT', 'MEDICATION', 'OTHER'))
);
CREATE INDEX ix_mevent_client ON measure_event (client_id, occurred_on);

-- Licensed item wording an administrator imported for a definition that ships neutral labels only.
-- The file is validated against the definition's item ids before it is stored (not health information).
CREATE TABLE measure_wording (
  instrument_id       VARCHAR(60)    NOT NULL,
  instrument_version  VARCHAR(20)    NOT NULL,
  wording_json        VARCHAR(60000) NOT NULL,
  imported_by         UUID           NOT NULL,
  imported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (instrument_id, instrument_version),
  CONSTRAINT fk_mwording_account FOREIGN KEY (imported_by) REFERENCES account (id)
);
