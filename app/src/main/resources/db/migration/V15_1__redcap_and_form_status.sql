-- REDCap in and out, and the entry status of each form per participant and wave.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- A study's REDCap data dictionary, every row and column kept as imported, so that exporting it
-- in REDCap's format gives the same file back (branching logic, matrix groups and annotations
-- have no place in the study's own dictionary but must survive the round trip).
CREATE TABLE study_redcap_field (
  study_id          UUID          NOT NULL,
  position          INTEGER       NOT NULL,
  field_name        VARCHAR(100)  NOT NULL,
  form_name         VARCHAR(100)  NOT NULL,
  section_header    VARCHAR(4000) NOT NULL,
  field_type        VARCHAR(20)   NOT NULL,
  field_label       VARCHAR(4000) NOT NULL,
  choices           VARCHAR(8000) NOT NULL,
  field_note        VARCHAR(4000) NOT NULL,
  validation        VARCHAR(60)   NOT NULL,
  validation_min    VARCHAR(60)   NOT NULL,
  validation_max    VARCHAR(60)   NOT NULL,
  identifier        VARCHAR(10)   NOT NULL,
  branching_logic   VARCHAR(4000) NOT NULL,
  required          VARCHAR(10)   NOT NULL,
  custom_alignment  VARCHAR(10)   NOT NULL,
  question_number   VARCHAR(60)   NOT NULL,
  matrix_group      VARCHAR(100)  NOT NULL,
  matrix_ranking    VARCHAR(10)   NOT NULL,
  field_annotation  VARCHAR(4000) NOT NULL,
  CONSTRAINT pk_study_redcap_field PRIMARY KEY (study_id, position),
  CONSTRAINT fk_study_redcap_field_study FOREIGN KEY (study_id) REFERENCES study (id)
);

-- Where a variable sits on a data entry form, whether it must be filled, and its help text.
-- Kept beside study_variable (one row per variable that belongs to a form).
CREATE TABLE study_variable_form (
  variable_id  UUID          PRIMARY KEY,
  form_name    VARCHAR(100)  NOT NULL,
  required     BOOLEAN       NOT NULL,
  help_text    VARCHAR(1000),
  CONSTRAINT fk_study_variable_form_variable FOREIGN KEY (variable_id) REFERENCES study_variable (id)
);

-- The entry status of one form for one participant and wave: 0 incomplete, 1 unverified,
-- 2 complete (REDCap's codes, so a record export's _complete columns read and write unchanged).
CREATE TABLE study_form_status (
  participant_id  UUID          NOT NULL,
  wave_id         UUID          NOT NULL,
  form_name       VARCHAR(100)  NOT NULL,
  status          SMALLINT      NOT NULL,
  updated_by      VARCHAR(80)   NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_study_form_status PRIMARY KEY (participant_id, wave_id, form_name),
  CONSTRAINT ck_study_form_status CHECK (status IN (0, 1, 2)),
  CONSTRAINT fk_study_form_status_participant FOREIGN KEY (participant_id) REFERENCES study_participant (id),
  CONSTRAINT fk_study_form_status_wave FOREIGN KEY (wave_id) REFERENCES study_wave (id)
);
