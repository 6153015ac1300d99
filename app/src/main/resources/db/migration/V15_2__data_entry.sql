-- Data entry on forms, double data entry and the history of every entered value.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- Forms a study enters twice, blind, before a third person resolves the differences.
CREATE TABLE study_double_entry_form (
  study_id    UUID         NOT NULL,
  form_name   VARCHAR(100) NOT NULL,
  CONSTRAINT pk_study_double_entry_form PRIMARY KEY (study_id, form_name),
  CONSTRAINT fk_study_double_entry_form_study FOREIGN KEY (study_id) REFERENCES study (id)
);

-- One person's entry of a double-entered form: slot 1 or 2, never both by the same person.
CREATE TABLE study_entry (
  id              UUID         PRIMARY KEY,
  participant_id  UUID         NOT NULL,
  wave_id         UUID         NOT NULL,
  form_name       VARCHAR(100) NOT NULL,
  slot            SMALLINT     NOT NULL,
  entered_by      VARCHAR(80)  NOT NULL,
  complete        BOOLEAN      NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_study_entry_slot UNIQUE (participant_id, wave_id, form_name, slot),
  CONSTRAINT uq_study_entry_person UNIQUE (participant_id, wave_id, form_name, entered_by),
  CONSTRAINT ck_study_entry_slot CHECK (slot IN (1, 2)),
  CONSTRAINT fk_study_entry_participant FOREIGN KEY (participant_id) REFERENCES study_participant (id),
  CONSTRAINT fk_study_entry_wave FOREIGN KEY (wave_id) REFERENCES study_wave (id)
);

-- The values of one entry; sensitive variables only as ciphertext, as in study_value.
CREATE TABLE study_entry_value (
  entry_id      UUID NOT NULL,
  variable_id   UUID NOT NULL,
  value_text    VARCHAR(1000),
  value_cipher  BYTEA,
  CONSTRAINT pk_study_entry_value PRIMARY KEY (entry_id, variable_id),
  CONSTRAINT fk_study_entry_value_entry FOREIGN KEY (entry_id) REFERENCES study_entry (id),
  CONSTRAINT fk_study_entry_value_variable FOREIGN KEY (variable_id) REFERENCES study_variable (id)
);

-- A double-entered form resolved by a third person: only the resolved values count (they are
-- written to study_value); the two entries stay as they were, for the agreement report.
CREATE TABLE study_entry_resolution (
  participant_id  UUID         NOT NULL,
  wave_id         UUID         NOT NULL,
  form_name       VARCHAR(100) NOT NULL,
  resolved_by     VARCHAR(80)  NOT NULL,
  resolved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_study_entry_resolution PRIMARY KEY (participant_id, wave_id, form_name),
  CONSTRAINT fk_study_entry_resolution_participant FOREIGN KEY (participant_id) REFERENCES study_participant (id),
  CONSTRAINT fk_study_entry_resolution_wave FOREIGN KEY (wave_id) REFERENCES study_wave (id)
);

-- Every change of a stored value made on a form or by a resolution: the old and the new value
-- (as ciphertext for identifier and free-text variables), who and when. The audit trail records
-- the event; this table keeps what changed.
CREATE TABLE study_value_change (
  id              UUID         PRIMARY KEY,
  participant_id  UUID         NOT NULL,
  wave_id         UUID         NOT NULL,
  variable_id     UUID         NOT NULL,
  old_text        VARCHAR(1000),
  old_cipher      BYTEA,
  new_text        VARCHAR(1000),
  new_cipher      BYTEA,
  changed_by      VARCHAR(80)  NOT NULL,
  changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_study_value_change_participant FOREIGN KEY (participant_id) REFERENCES study_participant (id),
  CONSTRAINT fk_study_value_change_wave FOREIGN KEY (wave_id) REFERENCES study_wave (id),
  CONSTRAINT fk_study_value_change_variable FOREIGN KEY (variable_id) REFERENCES study_variable (id)
);
CREATE INDEX ix_study_value_change_cell ON study_value_change (participant_id, wave_id);
