-- A study's AAI record can be a coding made in the coding workbench: coding_id names the final or
-- consensus coding it was taken from (never a draft), coding_kind says which, and the earned-security
-- rule that classified it is kept with its version, parameters and result, so the study's table,
-- its report and its export show where the classification came from.
ALTER TABLE study_aai ADD COLUMN coding_kind VARCHAR(12);
ALTER TABLE study_aai ADD COLUMN rule_id VARCHAR(60);
ALTER TABLE study_aai ADD COLUMN rule_version VARCHAR(20);
ALTER TABLE study_aai ADD COLUMN rule_parameters VARCHAR(400);
ALTER TABLE study_aai ADD COLUMN earned_status VARCHAR(20);
ALTER TABLE study_aai ADD CONSTRAINT fk_study_aai_coding FOREIGN KEY (coding_id) REFERENCES coding (id);
ALTER TABLE study_aai ADD CONSTRAINT ck_study_aai_coding_kind
  CHECK (coding_kind IS NULL OR coding_kind IN ('INDIVIDUAL', 'CONSENSUS'));
CREATE INDEX ix_study_aai_coding ON study_aai (coding_id);
