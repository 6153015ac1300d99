-- The clinical work: the client's own logs (activations, support, journal), crisis flags, pathways,
-- treatment plans with every version kept, sessions and progress. Portable SQL (H2 and PostgreSQL).
-- Every free-text column that can hold health information is BYTEA ciphertext bound to its row.

CREATE TABLE activation (
  id                     UUID PRIMARY KEY,
  client_id              UUID        NOT NULL,
  occurred_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  trigger_type           VARCHAR(20) NOT NULL,
  pull                   VARCHAR(30) NOT NULL,
  noticed_named          BOOLEAN     NOT NULL,
  done_instead           BYTEA,
  notes_shared           BOOLEAN     NOT NULL,
  minutes_until_settled  INTEGER     NOT NULL,
  created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_activation_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT ck_activation_trigger CHECK (trigger_type IN ('LOSS', 'HEALTH', 'CONFLICT', 'SEPARATION', 'OTHER')),
  CONSTRAINT ck_activation_pull CHECK (pull IN ('ANXIOUS_PROTEST', 'AVOIDANT_WITHDRAWAL', 'DISORGANIZED_FREEZE_FLEE')),
  CONSTRAINT ck_activation_minutes CHECK (minutes_until_settled >= 0)
);
CREATE INDEX ix_activation_client ON activation (client_id, occurred_at);

CREATE TABLE support_event (
  id           UUID PRIMARY KEY,
  client_id    UUID        NOT NULL,
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  person_role  VARCHAR(20) NOT NULL,
  outcome      VARCHAR(20) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_support_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT ck_support_role CHECK (person_role IN ('PARTNER', 'FRIEND', 'THERAPIST', 'MENTOR', 'FAMILY', 'COMMUNITY')),
  CONSTRAINT ck_support_outcome CHECK (outcome IN ('HELPED', 'PARTLY', 'DID_NOT_HELP'))
);
CREATE INDEX ix_support_client ON support_event (client_id, occurred_at);

-- shared: the client's choice, per entry, whether their clinician may read it.
CREATE TABLE journal_entry (
  id          UUID PRIMARY KEY,
  client_id   UUID        NOT NULL,
  written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  prompt      VARCHAR(30),
  body        BYTEA       NOT NULL,
  shared      BOOLEAN     NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_journal_client FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX ix_journal_client ON journal_entry (client_id, written_at);

-- A flag says that an entry holds crisis language: which log, which entry, when, by which phrase
-- list. It holds no text, so the clinician may see it even when the entry is not shared.
CREATE TABLE crisis_flag (
  id                   UUID PRIMARY KEY,
  client_id            UUID        NOT NULL,
  source               VARCHAR(20) NOT NULL,
  entry_id             UUID        NOT NULL,
  raised_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  phrase_list_version  VARCHAR(60) NOT NULL,
  CONSTRAINT fk_flag_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT ck_flag_source CHECK (source IN ('JOURNAL', 'ACTIVATION'))
);
CREATE INDEX ix_flag_client ON crisis_flag (client_id, raised_at);

CREATE TABLE client_pathway (
  client_id  UUID        NOT NULL,
  pathway    VARCHAR(20) NOT NULL,
  PRIMARY KEY (client_id, pathway),
  CONSTRAINT fk_pathway_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT ck_pathway CHECK (pathway IN ('THERAPY', 'PARTNER', 'FRIENDS', 'MENTORS', 'COMMUNITY'))
);

-- A treatment plan; current_version is the optimistic lock: an edit based on an older version is
-- refused with 409. Every saved version stays in plan_version with its own objectives.
CREATE TABLE treatment_plan (
  id               UUID PRIMARY KEY,
  client_id        UUID    NOT NULL,
  current_version  INTEGER NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_plan_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT uq_plan_client UNIQUE (client_id)
);

CREATE TABLE plan_version (
  id             UUID PRIMARY KEY,
  plan_id        UUID         NOT NULL,
  version        INTEGER      NOT NULL,
  saved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  saved_by       UUID         NOT NULL,
  saved_by_name  VARCHAR(120) NOT NULL,
  formulation    BYTEA,
  obstacles      VARCHAR(400) NOT NULL,
  CONSTRAINT fk_plan_version_plan FOREIGN KEY (plan_id) REFERENCES treatment_plan (id),
  CONSTRAINT uq_plan_version UNIQUE (plan_id, version)
);

-- objective_key stays the same across versions of one objective, so progress links to it.
CREATE TABLE plan_objective (
  id                UUID PRIMARY KEY,
  plan_version_id   UUID         NOT NULL,
  objective_key     UUID         NOT NULL,
  position          INTEGER      NOT NULL,
  template          VARCHAR(40)  NOT NULL,
  target_count      INTEGER      NOT NULL,
  consecutive       INTEGER,
  deadline_session  INTEGER,
  deadline_date     DATE,
  mechanism         VARCHAR(200) NOT NULL,
  start_session     INTEGER      NOT NULL,
  start_date        DATE         NOT NULL,
  CONSTRAINT fk_objective_version FOREIGN KEY (plan_version_id) REFERENCES plan_version (id),
  CONSTRAINT ck_objective_target CHECK (target_count >= 1)
);
CREATE INDEX ix_objective_version ON plan_objective (plan_version_id);

CREATE TABLE therapy_session (
  id              UUID PRIMARY KEY,
  client_id       UUID         NOT NULL,
  session_number  INTEGER      NOT NULL,
  held_on         DATE         NOT NULL,
  modality        VARCHAR(120) NOT NULL,
  framework       VARCHAR(200),
  problem         BYTEA,
  notes           BYTEA,
  progress_note   BYTEA,
  recorded_by     UUID         NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_session_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT uq_session_number UNIQUE (client_id, session_number)
);

CREATE TABLE objective_progress (
  id              UUID PRIMARY KEY,
  session_id      UUID    NOT NULL,
  objective_key   UUID    NOT NULL,
  progress_count  INTEGER NOT NULL,
  CONSTRAINT fk_progress_session FOREIGN KEY (session_id) REFERENCES therapy_session (id),
  CONSTRAINT ck_progress_count CHECK (progress_count >= 0)
);
CREATE INDEX ix_progress_objective ON objective_progress (objective_key);

-- A hard time in the client's life (a setback), shown on the recovery timeline beside the
-- activations: an event, not a failure. No free text.
CREATE TABLE setback (
  id           UUID PRIMARY KEY,
  client_id    UUID        NOT NULL,
  occurred_on  DATE        NOT NULL,
  kind         VARCHAR(20) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_setback_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT ck_setback_kind CHECK (kind IN ('LOSS', 'HEALTH', 'RELATIONSHIP', 'OTHER'))
);
CREATE INDEX ix_setback_client ON setback (client_id, occurred_on);
