-- A plan objective's mechanism of change and a session's modality and framework are written by the
-- clinician and can hold health information, so they move to encrypted columns like the session's
-- problem and notes. Rows written before this version are encrypted at the next start
-- (plan.PlanTextSealing, which needs the deployment's key, so it cannot be SQL), and their plain
-- copies emptied; the plain columns stay only for that, and new rows leave them NULL.
ALTER TABLE plan_objective ADD COLUMN mechanism_cipher BYTEA;
ALTER TABLE plan_objective ALTER COLUMN mechanism DROP NOT NULL;
ALTER TABLE therapy_session ADD COLUMN modality_cipher BYTEA;
ALTER TABLE therapy_session ADD COLUMN framework_cipher BYTEA;
ALTER TABLE therapy_session ALTER COLUMN modality DROP NOT NULL;
