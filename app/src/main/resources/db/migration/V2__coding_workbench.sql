-- AAI coding workbench: transcripts, coder assignments, codings with their scale scores, and the
-- earned/continuous result stored with the rule that produced it.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- An imported interview transcript. body is the transcript text as the parser rendered it, stored
-- only as ciphertext (bound to this table, column and row). A transcript belongs to a client (when a
-- clinician imported it for their own client) or to a pseudonymous study participant code.
CREATE TABLE transcript (
  id                UUID PRIMARY KEY,
  participant_code  VARCHAR(60),
  client_id         UUID,
  imported_by       UUID         NOT NULL,
  source_format     VARCHAR(10)  NOT NULL,
  body              BYTEA        NOT NULL,
  turn_count        INTEGER      NOT NULL,
  word_count        INTEGER      NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_transcript_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_transcript_importer FOREIGN KEY (imported_by) REFERENCES account (id),
  CONSTRAINT ck_transcript_format CHECK (source_format IN ('TEXT', 'JSON')),
  CONSTRAINT ck_transcript_link CHECK (participant_code IS NOT NULL OR client_id IS NOT NULL)
);
CREATE INDEX ix_transcript_client ON transcript (client_id);
CREATE INDEX ix_transcript_importer ON transcript (imported_by);

-- The speaker turns: offsets into the decrypted body (UTF-16 indices) and the question number, so
-- the words themselves are never stored in plaintext.
CREATE TABLE transcript_turn (
  transcript_id  UUID        NOT NULL,
  turn_index     INTEGER     NOT NULL,
  speaker        VARCHAR(12) NOT NULL,
  start_offset   INTEGER     NOT NULL,
  end_offset     INTEGER     NOT NULL,
  question       INTEGER,
  CONSTRAINT pk_transcript_turn PRIMARY KEY (transcript_id, turn_index),
  CONSTRAINT fk_turn_transcript FOREIGN KEY (transcript_id) REFERENCES transcript (id)
);

-- Which coders code which transcript; a coder sees only transcripts listed here for them.
CREATE TABLE transcript_coder (
  transcript_id  UUID NOT NULL,
  coder_id       UUID NOT NULL,
  assigned_by    UUID NOT NULL,
  assigned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_transcript_coder PRIMARY KEY (transcript_id, coder_id),
  CONSTRAINT fk_tc_transcript FOREIGN KEY (transcript_id) REFERENCES transcript (id),
  CONSTRAINT fk_tc_coder FOREIGN KEY (coder_id) REFERENCES account (id),
  CONSTRAINT fk_tc_assigner FOREIGN KEY (assigned_by) REFERENCES account (id)
);
CREATE INDEX ix_transcript_coder_coder ON transcript_coder (coder_id);

-- One version of one coding. kind INDIVIDUAL is one coder's blind coding; CONSENSUS is the agreed
-- coding recorded by one of the coders (consensus_of names the coders who agreed). A final row is
-- never updated; a correction inserts the next coding_version with its reason. lock_version guards
-- a draft against two browser tabs saving over each other.
CREATE TABLE coding (
  id                 UUID PRIMARY KEY,
  transcript_id      UUID         NOT NULL,
  coder_id           UUID         NOT NULL,
  kind               VARCHAR(12)  NOT NULL,
  coding_version     INTEGER      NOT NULL,
  status             VARCHAR(10)  NOT NULL,
  classification     VARCHAR(20),
  correction_reason  BYTEA,
  consensus_of       VARCHAR(400),
  lock_version       INTEGER      NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  finalized_at       TIMESTAMP WITH TIME ZONE,
  CONSTRAINT fk_coding_transcript FOREIGN KEY (transcript_id) REFERENCES transcript (id),
  CONSTRAINT fk_coding_coder FOREIGN KEY (coder_id) REFERENCES account (id),
  CONSTRAINT ck_coding_kind CHECK (kind IN ('INDIVIDUAL', 'CONSENSUS')),
  CONSTRAINT ck_coding_status CHECK (status IN ('DRAFT', 'FINAL')),
  CONSTRAINT uq_coding_version UNIQUE (transcript_id, coder_id, kind, coding_version)
);
CREATE INDEX ix_coding_transcript ON coding (transcript_id);

-- The scale scores of a coding, as ScaleScore text ("4.5", "not scorable"). parent is set for the
-- per-parent scales; loss_label (ciphertext: it can name a death) for each unresolved loss.
CREATE TABLE coding_score (
  coding_id   UUID        NOT NULL,
  position    INTEGER     NOT NULL,
  scale       VARCHAR(40) NOT NULL,
  parent      VARCHAR(40),
  loss_label  BYTEA,
  score       VARCHAR(16) NOT NULL,
  CONSTRAINT pk_coding_score PRIMARY KEY (coding_id, position),
  CONSTRAINT fk_score_coding FOREIGN KEY (coding_id) REFERENCES coding (id)
);

-- The retrospective earned/continuous status of a final coding under the rule that produced it.
CREATE TABLE earned_security (
  coding_id     UUID         NOT NULL,
  rule_id       VARCHAR(60)  NOT NULL,
  rule_version  VARCHAR(20)  NOT NULL,
  parameters    VARCHAR(400) NOT NULL,
  status        VARCHAR(20)  NOT NULL,
  computed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_earned_security PRIMARY KEY (coding_id, rule_id),
  CONSTRAINT fk_earned_coding FOREIGN KEY (coding_id) REFERENCES coding (id)
);

-- The participant's infant Strange Situation classifications (study data: A, B, C or D with one
-- caregiver and the age in months), for the prospective earned-security flag, which is kept apart
-- from the retrospective one.
CREATE TABLE infant_classification (
  id             UUID PRIMARY KEY,
  transcript_id  UUID             NOT NULL,
  category       VARCHAR(1)       NOT NULL,
  caregiver      VARCHAR(40)      NOT NULL,
  age_months     DOUBLE PRECISION NOT NULL,
  entered_by     UUID             NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_infant_transcript FOREIGN KEY (transcript_id) REFERENCES transcript (id),
  CONSTRAINT fk_infant_enterer FOREIGN KEY (entered_by) REFERENCES account (id),
  CONSTRAINT ck_infant_category CHECK (category IN ('A', 'B', 'C', 'D'))
);
CREATE INDEX ix_infant_transcript ON infant_classification (transcript_id);
