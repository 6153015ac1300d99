-- Research studies: participants, waves, a data dictionary and the data collected per wave.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- The study shell: created by an administrator, who reads no participant data.
CREATE TABLE study (
  id          UUID PRIMARY KEY,
  code        VARCHAR(40)  NOT NULL,
  title       VARCHAR(200) NOT NULL,
  created_by  VARCHAR(80)  NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_study_code UNIQUE (code)
);

-- Researchers assigned to a study; only they see its (de-identified) data.
CREATE TABLE study_researcher (
  study_id     UUID NOT NULL,
  account_id   UUID NOT NULL,
  assigned_by  VARCHAR(80) NOT NULL,
  assigned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_study_researcher PRIMARY KEY (study_id, account_id),
  CONSTRAINT fk_study_researcher_study FOREIGN KEY (study_id) REFERENCES study (id),
  CONSTRAINT fk_study_researcher_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_study_researcher_account ON study_researcher (account_id);

-- Waves (events): a name unique in the study, a target age in months and/or a day offset.
CREATE TABLE study_wave (
  id                 UUID PRIMARY KEY,
  study_id           UUID         NOT NULL,
  name               VARCHAR(60)  NOT NULL,
  label              VARCHAR(200) NOT NULL,
  target_age_months  DOUBLE PRECISION,
  day_offset         INTEGER,
  CONSTRAINT uq_study_wave UNIQUE (study_id, name),
  CONSTRAINT fk_study_wave_study FOREIGN KEY (study_id) REFERENCES study (id)
);

-- The study's data dictionary: free variables collected per wave.
CREATE TABLE study_variable (
  id              UUID PRIMARY KEY,
  study_id        UUID          NOT NULL,
  name            VARCHAR(60)   NOT NULL,
  label           VARCHAR(200)  NOT NULL,
  value_type      VARCHAR(20)   NOT NULL,
  allowed_values  VARCHAR(2000),
  units           VARCHAR(40),
  identifier      BOOLEAN       NOT NULL,
  free_text       BOOLEAN       NOT NULL,
  position        INTEGER       NOT NULL,
  CONSTRAINT uq_study_variable UNIQUE (study_id, name),
  CONSTRAINT ck_study_variable_type
    CHECK (value_type IN ('INTEGER', 'DECIMAL', 'TEXT', 'DATE', 'CATEGORY')),
  CONSTRAINT fk_study_variable_study FOREIGN KEY (study_id) REFERENCES study (id)
);

-- Participants under a pseudonymous id chosen by the study (never a name).
CREATE TABLE study_participant (
  id           UUID PRIMARY KEY,
  study_id     UUID        NOT NULL,
  code         VARCHAR(60) NOT NULL,
  enrolled_on  DATE,
  CONSTRAINT uq_study_participant UNIQUE (study_id, code),
  CONSTRAINT fk_study_participant_study FOREIGN KEY (study_id) REFERENCES study (id)
);

-- Infant Strange Situation classification per participant, wave and caregiver.
CREATE TABLE study_infant (
  id              UUID PRIMARY KEY,
  participant_id  UUID        NOT NULL,
  wave_id         UUID        NOT NULL,
  caregiver       VARCHAR(40) NOT NULL,
  category        VARCHAR(1)  NOT NULL,
  age_months      DOUBLE PRECISION NOT NULL,
  CONSTRAINT uq_study_infant UNIQUE (participant_id, wave_id, caregiver),
  CONSTRAINT ck_study_infant_category CHECK (category IN ('A', 'B', 'C', 'D')),
  CONSTRAINT fk_study_infant_participant FOREIGN KEY (participant_id) REFERENCES study_participant (id),
  CONSTRAINT fk_study_infant_wave FOREIGN KEY (wave_id) REFERENCES study_wave (id)
);

-- An adult AAI coding summary per participant and wave, imported with the named coder who made it.
-- coding_id is left empty for imported codings; it is the place for a later link to a coding made
-- in the coding workbench (no foreign key yet, because that table belongs to another feature).
-- scores holds the scale ratings as "scale=value" pairs separated by ";" (values as
-- ScaleScore.toString writes them, "not scorable" included).
CREATE TABLE study_aai (
  id              UUID PRIMARY KEY,
  participant_id  UUID          NOT NULL,
  wave_id         UUID          NOT NULL,
  classification  VARCHAR(40),
  coder           VARCHAR(100)  NOT NULL,
  scores          VARCHAR(2000) NOT NULL,
  source          VARCHAR(20)   NOT NULL,
  coding_id       UUID,
  CONSTRAINT uq_study_aai UNIQUE (participant_id, wave_id),
  CONSTRAINT fk_study_aai_participant FOREIGN KEY (participant_id) REFERENCES study_participant (id),
  CONSTRAINT fk_study_aai_wave FOREIGN KEY (wave_id) REFERENCES study_wave (id)
);

-- Questionnaire scores as data: instrument id, version, subscale and value. Never used to derive
-- an attachment classification or earned security.
CREATE TABLE study_questionnaire (
  id                  UUID PRIMARY KEY,
  participant_id      UUID        NOT NULL,
  wave_id             UUID        NOT NULL,
  instrument          VARCHAR(60) NOT NULL,
  instrument_version  VARCHAR(20) NOT NULL,
  subscale            VARCHAR(60) NOT NULL,
  score               DOUBLE PRECISION NOT NULL,
  CONSTRAINT uq_study_questionnaire
    UNIQUE (participant_id, wave_id, instrument, instrument_version, subscale),
  CONSTRAINT fk_study_questionnaire_participant FOREIGN KEY (participant_id) REFERENCES study_participant (id),
  CONSTRAINT fk_study_questionnaire_wave FOREIGN KEY (wave_id) REFERENCES study_wave (id)
);

-- Values of dictionary variables. Identifier and free-text variables are stored only as
-- ciphertext (value_cipher, bound to this table, column and row); the others as plain text in
-- their canonical form (value_text).
CREATE TABLE study_value (
  id              UUID PRIMARY KEY,
  participant_id  UUID NOT NULL,
  wave_id         UUID NOT NULL,
  variable_id     UUID NOT NULL,
  value_text      VARCHAR(1000),
  value_cipher    BYTEA,
  CONSTRAINT uq_study_value UNIQUE (participant_id, wave_id, variable_id),
  CONSTRAINT fk_study_value_participant FOREIGN KEY (participant_id) REFERENCES study_participant (id),
  CONSTRAINT fk_study_value_wave FOREIGN KEY (wave_id) REFERENCES study_wave (id),
  CONSTRAINT fk_study_value_variable FOREIGN KEY (variable_id) REFERENCES study_variable (id)
);
