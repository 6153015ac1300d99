-- A clinician moves one occurrence of a series, or the rest of it: the client gets an in-app notice
-- of the new time (kind MOVED). Portable SQL (H2 in PostgreSQL mode and PostgreSQL 15).
ALTER TABLE schedule_notice DROP CONSTRAINT ck_notice_kind;
ALTER TABLE schedule_notice ADD CONSTRAINT ck_notice_kind
  CHECK (kind IN ('REMINDER', 'CANCELLED_BY_CLINICIAN', 'BOOKED', 'RESCHEDULE_ANSWERED', 'MOVED'));
