-- Scheduling: clinicians' calendars (weekly hours in their zone, one-off changes, absences and
-- planned breaks), appointment types, series and appointments, reminders sent.
-- Portable SQL (H2 in PostgreSQL mode and PostgreSQL 15). On PostgreSQL a second migration
-- (V13_2, a Java migration that runs only there) adds an exclusion constraint, so two bookings of
-- one clinician can never overlap even if two servers check at the same moment.

-- One row per clinician calendar. Booking locks this row (SELECT ... FOR UPDATE) before checking
-- for clashes, so bookings on one calendar are serialized on every database. feed_token_hash is the
-- SHA-256 of the private calendar-feed token (the token itself is shown once and never stored).
CREATE TABLE clinician_calendar (
  clinician_id     UUID         PRIMARY KEY,
  time_zone        VARCHAR(60)  NOT NULL,
  feed_token_hash  VARCHAR(64),
  version          INTEGER      NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_calendar_clinician FOREIGN KEY (clinician_id) REFERENCES account (id)
);
CREATE UNIQUE INDEX uq_calendar_feed ON clinician_calendar (feed_token_hash);

-- Regular weekly hours in wall-clock time of the calendar's zone; day_of_week 1 = Monday (ISO 8601).
CREATE TABLE calendar_hours (
  id            UUID     PRIMARY KEY,
  clinician_id  UUID     NOT NULL,
  day_of_week   SMALLINT NOT NULL,
  starts_at     TIME     NOT NULL,
  ends_at       TIME     NOT NULL,
  CONSTRAINT fk_hours_calendar FOREIGN KEY (clinician_id) REFERENCES clinician_calendar (clinician_id),
  CONSTRAINT ck_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
  CONSTRAINT ck_hours_order CHECK (ends_at > starts_at)
);
CREATE INDEX ix_hours_calendar ON calendar_hours (clinician_id);

-- One date's hours replaced (an evening covered, a short day).
CREATE TABLE calendar_change (
  id            UUID PRIMARY KEY,
  clinician_id  UUID NOT NULL,
  on_date       DATE NOT NULL,
  starts_at     TIME NOT NULL,
  ends_at       TIME NOT NULL,
  CONSTRAINT fk_change_calendar FOREIGN KEY (clinician_id) REFERENCES clinician_calendar (clinician_id),
  CONSTRAINT ck_change_order CHECK (ends_at > starts_at)
);
CREATE INDEX ix_change_calendar ON calendar_change (clinician_id, on_date);

-- Whole days off. A planned break is told to the clinician's clients ahead, with whom to contact
-- meanwhile (a colleague's name and how to reach them: practice information, not health information).
CREATE TABLE calendar_absence (
  id                 UUID         PRIMARY KEY,
  clinician_id       UUID         NOT NULL,
  first_day          DATE         NOT NULL,
  last_day           DATE         NOT NULL,
  planned_break      BOOLEAN      NOT NULL,
  contact_meanwhile  VARCHAR(300),
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_absence_calendar FOREIGN KEY (clinician_id) REFERENCES clinician_calendar (clinician_id),
  CONSTRAINT ck_absence_order CHECK (last_day >= first_day)
);
CREATE INDEX ix_absence_calendar ON calendar_absence (clinician_id, first_day);

-- The kinds of appointment the practice offers; the first three ship, a practice adds its own.
CREATE TABLE appointment_type (
  code                  VARCHAR(40) PRIMARY KEY,
  minutes               INTEGER     NOT NULL,
  buffer_before         INTEGER     NOT NULL,
  buffer_after          INTEGER     NOT NULL,
  notice_hours          INTEGER     NOT NULL,
  horizon_days          INTEGER     NOT NULL,
  separate_interviewer  BOOLEAN     NOT NULL,
  client_bookable       BOOLEAN     NOT NULL,
  label                 VARCHAR(80),
  CONSTRAINT ck_type_minutes CHECK (minutes BETWEEN 5 AND 480),
  CONSTRAINT ck_type_buffers CHECK (buffer_before >= 0 AND buffer_after >= 0),
  CONSTRAINT ck_type_notice CHECK (notice_hours >= 0 AND horizon_days >= 1)
);
INSERT INTO appointment_type VALUES ('INDIVIDUAL', 50, 0, 10, 24, 60, FALSE, TRUE, NULL);
INSERT INTO appointment_type VALUES ('INTAKE', 60, 0, 15, 48, 60, FALSE, FALSE, NULL);
INSERT INTO appointment_type VALUES ('AAI', 90, 10, 15, 72, 90, TRUE, FALSE, NULL);

-- A recurring series as booked (its RFC 5545 rule and first start); each occurrence is a row of
-- appointment, so one occurrence can be moved or cancelled without touching the others.
CREATE TABLE appointment_series (
  id            UUID         PRIMARY KEY,
  clinician_id  UUID         NOT NULL,
  client_id     UUID         NOT NULL,
  rrule         VARCHAR(200) NOT NULL,
  first_start   TIMESTAMP    NOT NULL,
  time_zone     VARCHAR(60)  NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_series_calendar FOREIGN KEY (clinician_id) REFERENCES clinician_calendar (clinician_id),
  CONSTRAINT fk_series_client FOREIGN KEY (client_id) REFERENCES client (id)
);

-- clinician_id is whose time the appointment holds (for an AAI given by another clinician, the
-- interviewer); booked_by is the clinician who booked it. Times are UTC instants; time_zone is the
-- zone the appointment was booked in and is shown in. ical_uid and ical_sequence follow RFC 5546:
-- every change of an invitation keeps its UID and raises its SEQUENCE. telehealth_link is
-- ciphertext. session_id links the session record an attended appointment created or found.
CREATE TABLE appointment (
  id                     UUID         PRIMARY KEY,
  clinician_id           UUID         NOT NULL,
  booked_by              UUID         NOT NULL,
  client_id              UUID         NOT NULL,
  type_code              VARCHAR(40)  NOT NULL,
  starts_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  time_zone              VARCHAR(60)  NOT NULL,
  status                 VARCHAR(24)  NOT NULL,
  series_id              UUID,
  series_index           INTEGER,
  ical_uid               VARCHAR(120) NOT NULL,
  ical_sequence          INTEGER      NOT NULL,
  telehealth_link        BYTEA,
  session_id             UUID,
  requested_by_client    BOOLEAN      NOT NULL,
  reschedule_requested   BOOLEAN      NOT NULL,
  reach_out_done         BOOLEAN      NOT NULL,
  status_changed_at      TIMESTAMP WITH TIME ZONE,
  version                INTEGER      NOT NULL,
  created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_appointment_calendar FOREIGN KEY (clinician_id) REFERENCES clinician_calendar (clinician_id),
  CONSTRAINT fk_appointment_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_appointment_type FOREIGN KEY (type_code) REFERENCES appointment_type (code),
  CONSTRAINT fk_appointment_series FOREIGN KEY (series_id) REFERENCES appointment_series (id),
  CONSTRAINT uq_appointment_uid UNIQUE (ical_uid),
  CONSTRAINT ck_appointment_order CHECK (ends_at > starts_at),
  CONSTRAINT ck_appointment_status CHECK (status IN ('SCHEDULED', 'ATTENDED', 'CANCELLED',
    'LATE_CANCELLED', 'NO_SHOW', 'CLINICIAN_CANCELLED'))
);
CREATE INDEX ix_appointment_calendar ON appointment (clinician_id, starts_at);
CREATE INDEX ix_appointment_client ON appointment (client_id, starts_at);

-- One row per reminder sent: the primary key makes a second run (or a second server) unable to
-- send the same reminder twice.
CREATE TABLE appointment_reminder (
  appointment_id  UUID         NOT NULL,
  ical_sequence   INTEGER      NOT NULL,
  sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  by_mail         BOOLEAN      NOT NULL,
  CONSTRAINT pk_appointment_reminder PRIMARY KEY (appointment_id, ical_sequence),
  CONSTRAINT fk_reminder_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id)
);

-- Where a client wants reminders by e-mail (their choice; ciphertext). No row: in-app notices only.
CREATE TABLE reminder_contact (
  client_id   UUID  PRIMARY KEY,
  email       BYTEA NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_contact_client FOREIGN KEY (client_id) REFERENCES client (id)
);

-- In-app notices for a client (a reminder, a planned break, a cancellation): no free text, a kind
-- and the appointment or break it is about; the words come from the message bundle when shown.
CREATE TABLE schedule_notice (
  id              UUID        PRIMARY KEY,
  client_id       UUID        NOT NULL,
  kind            VARCHAR(30) NOT NULL,
  appointment_id  UUID,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  seen            BOOLEAN     NOT NULL,
  CONSTRAINT fk_notice_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT ck_notice_kind CHECK (kind IN ('REMINDER', 'CANCELLED_BY_CLINICIAN', 'BOOKED', 'RESCHEDULE_ANSWERED'))
);
CREATE INDEX ix_notice_client ON schedule_notice (client_id, created_at);

-- Measures "before each session": due a set number of hours before each booked appointment.
ALTER TABLE measure_assignment DROP CONSTRAINT ck_massign_schedule;
ALTER TABLE measure_assignment ADD CONSTRAINT ck_massign_schedule
  CHECK (schedule IN ('ONCE', 'WEEKLY', 'EVERY_N_DAYS', 'BEFORE_SESSION'));
ALTER TABLE measure_assignment ADD COLUMN hours_before INTEGER DEFAULT 0 NOT NULL;
