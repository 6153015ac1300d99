-- Issue 13: a PHQ-9 answer above 0 on item 9 (thoughts of death or self-harm) raises the same crisis
-- flag a journal entry with self-harm language does; its source is the measure.
ALTER TABLE crisis_flag DROP CONSTRAINT ck_flag_source;
ALTER TABLE crisis_flag ADD CONSTRAINT ck_flag_source
  CHECK (source IN ('JOURNAL', 'ACTIVATION', 'MEASURE'));
