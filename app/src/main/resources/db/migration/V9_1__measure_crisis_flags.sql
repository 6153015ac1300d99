-- Issue 13: a PHQ-9 answer above 0 on item 9 (thoughts of death or self-harm) raises a crisis flag
-- for the clinician, listed with the journal's and activation log's flags. It has its own table so
-- that crisis_flag's source check (which other features extend) is left alone.
CREATE TABLE crisis_flag_measure (
  id                 UUID PRIMARY KEY,
  client_id          UUID        NOT NULL,
  administration_id  UUID        NOT NULL,
  raised_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  rule               VARCHAR(60) NOT NULL,
  CONSTRAINT fk_flag_measure_client FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX ix_flag_measure_client ON crisis_flag_measure (client_id, raised_at);
