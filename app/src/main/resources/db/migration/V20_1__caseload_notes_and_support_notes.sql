-- Issue 13: the caseload as clinicians expect it, notes as in clinical practice, support-log notes.
-- Portable SQL (H2 and PostgreSQL 15).

-- A client leaves the active caseload when discharged and can be re-opened; the dates are kept
-- (audited too) so the list of discharged clients can say when.
ALTER TABLE client ADD COLUMN discharged_on DATE;
CREATE INDEX ix_client_clinician_active ON client (clinician_id, discharged_on);

-- That a clinician has seen a crisis flag: who and when. One row per flag (a flag of crisis_flag or
-- of crisis_flag_measure; their ids are random UUIDs, so one table serves both). The reviewer's
-- name is kept as it was when they reviewed, as a plan version keeps its author's.
CREATE TABLE crisis_flag_review (
  flag_id           UUID PRIMARY KEY,
  client_id         UUID         NOT NULL,
  reviewed_by       UUID         NOT NULL,
  reviewed_by_name  VARCHAR(120) NOT NULL,
  reviewed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_flag_review_client FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX ix_flag_review_client ON crisis_flag_review (client_id);

-- A session note is a draft until signed; a signed note is locked. version is the optimistic lock
-- for editing a draft. Sessions saved before drafts existed were final when saved: they count as
-- signed by whoever recorded them, when they recorded them.
ALTER TABLE therapy_session ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE therapy_session ADD COLUMN signed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE therapy_session ADD COLUMN signed_by UUID;
ALTER TABLE therapy_session ADD COLUMN signed_by_name VARCHAR(120);
UPDATE therapy_session SET signed_at = created_at, signed_by = recorded_by,
  signed_by_name = (SELECT a.display_name FROM account a WHERE a.id = therapy_session.recorded_by);

-- A signed note changes only by a dated addendum, shown under it; the text is encrypted like the
-- note's (bound to the addendum's row).
CREATE TABLE session_addendum (
  id           UUID PRIMARY KEY,
  session_id   UUID         NOT NULL,
  written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  author_id    UUID         NOT NULL,
  author_name  VARCHAR(120) NOT NULL,
  body         BYTEA        NOT NULL,
  CONSTRAINT fk_addendum_session FOREIGN KEY (session_id) REFERENCES therapy_session (id)
);
CREATE INDEX ix_addendum_session ON session_addendum (session_id, written_at);

-- A support-log entry takes a short note (encrypted), which the client may share with their
-- clinician, as an activation's notes.
ALTER TABLE support_event ADD COLUMN note BYTEA;
ALTER TABLE support_event ADD COLUMN note_shared BOOLEAN DEFAULT FALSE NOT NULL;
