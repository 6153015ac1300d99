-- Guided practice (issue 16): scripts from the core's templates, approved by the client's
-- clinician before the client gets them; audio encrypted at rest; before/after checks.

-- A practice and its script. The inputs (they hold the client's own aspiration) and the script
-- are stored only as ciphertext bound to the row. version is the optimistic lock for edits.
CREATE TABLE practice (
  id                 UUID PRIMARY KEY,
  client_id          UUID         NOT NULL,
  created_by         UUID         NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  requested_by_client BOOLEAN     NOT NULL,
  status             VARCHAR(12)  NOT NULL,
  style              VARCHAR(30)  NOT NULL,
  minutes            INTEGER      NOT NULL,
  template_version   VARCHAR(60)  NOT NULL,
  inputs             BYTEA        NOT NULL,
  script             BYTEA        NOT NULL,
  edited             BOOLEAN      NOT NULL,
  version            INTEGER      NOT NULL,
  approved_by        UUID,
  approved_at        TIMESTAMP WITH TIME ZONE,
  objective_key      UUID,
  CONSTRAINT fk_practice_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT ck_practice_status CHECK (status IN ('DRAFT', 'APPROVED', 'WITHDRAWN')),
  CONSTRAINT ck_practice_minutes CHECK (minutes IN (5, 10, 15))
);
CREATE INDEX ix_practice_client ON practice (client_id, created_at);

-- The rendered audio of the approved script: progress while it renders (so any server can show
-- it), then the encrypted MP3.
CREATE TABLE practice_audio (
  practice_id     UUID PRIMARY KEY,
  script_version  INTEGER      NOT NULL,
  status          VARCHAR(12)  NOT NULL,
  progress        INTEGER      NOT NULL,
  stage           VARCHAR(20),
  audio           BYTEA,
  seconds         DOUBLE PRECISION,
  voice           VARCHAR(60),
  problem         VARCHAR(400),
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_audio_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
  CONSTRAINT ck_audio_status CHECK (status IN ('QUEUED', 'RENDERING', 'READY', 'FAILED'))
);

-- One time the client did a practice: the 0-10 checks before and after, and whether the answers
-- asked for grounding-only practice (a worse score or feeling unreal).
CREATE TABLE practice_session (
  id                 UUID PRIMARY KEY,
  practice_id        UUID        NOT NULL,
  client_id          UUID        NOT NULL,
  started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  before_settled     INTEGER     NOT NULL,
  before_real        INTEGER     NOT NULL,
  completed_at       TIMESTAMP WITH TIME ZONE,
  after_settled      INTEGER,
  after_real         INTEGER,
  after_unreal       BOOLEAN,
  grounding_only     BOOLEAN     NOT NULL,
  CONSTRAINT fk_session_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
  CONSTRAINT ck_session_before CHECK (before_settled BETWEEN 0 AND 10 AND before_real BETWEEN 0 AND 10),
  CONSTRAINT ck_session_after CHECK ((after_settled IS NULL OR after_settled BETWEEN 0 AND 10)
    AND (after_real IS NULL OR after_real BETWEEN 0 AND 10))
);
CREATE INDEX ix_session_client ON practice_session (client_id, started_at);

-- Hypnosis-style practice per client: enabled only after the contraindication checklist. Every
-- change is a new row; the newest row is the current setting.
CREATE TABLE practice_permission (
  id              UUID PRIMARY KEY,
  client_id       UUID        NOT NULL,
  hypnosis        BOOLEAN     NOT NULL,
  present         VARCHAR(400) NOT NULL,
  decided_by      UUID        NOT NULL,
  decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_permission_client FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX ix_permission_client ON practice_permission (client_id, decided_at);

-- Crisis language in a practice input is flagged like a journal entry.
ALTER TABLE crisis_flag DROP CONSTRAINT ck_flag_source;
ALTER TABLE crisis_flag ADD CONSTRAINT ck_flag_source CHECK (source IN ('JOURNAL', 'ACTIVATION', 'PRACTICE'));
