-- Infant Strange Situation classifications live in one table: infant_classification, read by the
-- coding workbench and by studies alike. A row belongs to a study participant (with the wave it
-- was observed in) or, when entered in the workbench on an interview not yet tied to a study, to
-- that interview. infant_person_link ties a workbench interview to the study participant it is of
-- (written when a coding of it is taken into the participant's wave), so both sides read the same
-- rows: the workbench sees the participant's study rows, the study sees the interview's rows.
ALTER TABLE infant_classification ALTER COLUMN transcript_id DROP NOT NULL;
ALTER TABLE infant_classification ALTER COLUMN entered_by DROP NOT NULL;
ALTER TABLE infant_classification ADD COLUMN participant_id UUID;
ALTER TABLE infant_classification ADD COLUMN wave_id UUID;
ALTER TABLE infant_classification ADD CONSTRAINT fk_infant_participant
  FOREIGN KEY (participant_id) REFERENCES study_participant (id);
ALTER TABLE infant_classification ADD CONSTRAINT fk_infant_wave
  FOREIGN KEY (wave_id) REFERENCES study_wave (id);
ALTER TABLE infant_classification ADD CONSTRAINT ck_infant_owner
  CHECK (transcript_id IS NOT NULL OR (participant_id IS NOT NULL AND wave_id IS NOT NULL));
ALTER TABLE infant_classification ADD CONSTRAINT uq_infant_participant_wave
  UNIQUE (participant_id, wave_id, caregiver);
CREATE INDEX ix_infant_participant ON infant_classification (participant_id);

-- The study rows move in, keeping their ids; then the second home goes.
INSERT INTO infant_classification (id, transcript_id, category, caregiver, age_months, entered_by,
  created_at, participant_id, wave_id)
SELECT id, NULL, category, caregiver, age_months, NULL, CURRENT_TIMESTAMP, participant_id, wave_id
FROM study_infant;
DROP TABLE study_infant;

CREATE TABLE infant_person_link (
  transcript_id   UUID NOT NULL,
  participant_id  UUID NOT NULL,
  linked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_infant_person_link PRIMARY KEY (transcript_id, participant_id),
  CONSTRAINT fk_ipl_transcript FOREIGN KEY (transcript_id) REFERENCES transcript (id),
  CONSTRAINT fk_ipl_participant FOREIGN KEY (participant_id) REFERENCES study_participant (id)
);
CREATE INDEX ix_infant_person_link_participant ON infant_person_link (participant_id);

-- Workbench codings already taken into a study (V18_1) tie their interview to the participant.
INSERT INTO infant_person_link (transcript_id, participant_id, linked_at)
SELECT DISTINCT c.transcript_id, a.participant_id, CURRENT_TIMESTAMP
FROM study_aai a JOIN coding c ON c.id = a.coding_id;
