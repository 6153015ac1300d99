-- Governance: separation of duties, account lifecycle and sign-in throttling (issue 12).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- A study's lead researcher, named by the administrator when the shell is created. Other
-- researchers reach the study only once the lead has accepted them.
ALTER TABLE study ADD COLUMN lead_account_id UUID;
ALTER TABLE study ADD CONSTRAINT fk_study_lead FOREIGN KEY (lead_account_id) REFERENCES account (id);
ALTER TABLE study_researcher ADD COLUMN accepted_by VARCHAR(80);
ALTER TABLE study_researcher ADD COLUMN accepted_at TIMESTAMP WITH TIME ZONE;
-- Assignments made before this rule existed stay in force; the earliest one becomes the lead.
UPDATE study_researcher SET accepted_by = assigned_by, accepted_at = assigned_at;
UPDATE study SET lead_account_id =
  (SELECT r.account_id FROM study_researcher r WHERE r.study_id = study.id
   ORDER BY r.assigned_at, r.account_id LIMIT 1);

-- A one-time code a clinician gives their own client to open the client's account.
CREATE TABLE client_invitation (
  id           UUID PRIMARY KEY,
  client_id    UUID        NOT NULL,
  code_hash    VARCHAR(64) NOT NULL,
  created_by   UUID        NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at      TIMESTAMP WITH TIME ZONE,
  CONSTRAINT uq_client_invitation_code UNIQUE (code_hash),
  CONSTRAINT fk_client_invitation_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_client_invitation_creator FOREIGN KEY (created_by) REFERENCES account (id)
);

-- An identifier or free-text export asked for with a reason and decided by a second person.
CREATE TABLE export_approval (
  id                   UUID PRIMARY KEY,
  study_id             UUID          NOT NULL,
  requested_by         UUID          NOT NULL,
  reason               BYTEA         NOT NULL,
  include_identifiers  BOOLEAN       NOT NULL,
  include_free_text    BOOLEAN       NOT NULL,
  requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  decided_by           UUID,
  decided_at           TIMESTAMP WITH TIME ZONE,
  expires_at           TIMESTAMP WITH TIME ZONE,
  used_at              TIMESTAMP WITH TIME ZONE,
  CONSTRAINT ck_export_approval_status
    CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED', 'USED')),
  CONSTRAINT fk_export_approval_study FOREIGN KEY (study_id) REFERENCES study (id),
  CONSTRAINT fk_export_approval_requester FOREIGN KEY (requested_by) REFERENCES account (id),
  CONSTRAINT fk_export_approval_decider FOREIGN KEY (decided_by) REFERENCES account (id)
);
CREATE INDEX ix_export_approval_study ON export_approval (study_id);

-- Sign-in throttling (NIST SP 800-63B 5.2.2): consecutive failures per account and per address,
-- and the earliest time the next try is looked at. Keyed by a hash, so no typed username is kept;
-- in the database, so every server of a deployment sees the same counts.
CREATE TABLE sign_in_throttle (
  throttle_key     VARCHAR(64) PRIMARY KEY,
  failures         INTEGER     NOT NULL,
  last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  next_try_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An account locked for good (until an administrator unlocks it) after many failures.
ALTER TABLE account ADD COLUMN hard_locked BOOLEAN DEFAULT FALSE NOT NULL;
-- An encrypted TOTP secret; NULL when the person has no second factor.
ALTER TABLE account ADD COLUMN totp_secret BYTEA;
-- A bumped number signs out every session and reset link issued before a password change.
ALTER TABLE account ADD COLUMN credentials_changed_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE recovery_code (
  account_id  UUID        NOT NULL,
  code_hash   VARCHAR(64) NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE,
  CONSTRAINT pk_recovery_code PRIMARY KEY (account_id, code_hash),
  CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- A one-time link an administrator issues so a person can set a new password.
CREATE TABLE password_reset (
  id          UUID PRIMARY KEY,
  account_id  UUID        NOT NULL,
  code_hash   VARCHAR(64) NOT NULL,
  created_by  VARCHAR(80) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE,
  CONSTRAINT uq_password_reset_code UNIQUE (code_hash),
  CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- API tokens for scripts: only a SHA-256 hash of the token is kept.
CREATE TABLE api_token (
  id            UUID PRIMARY KEY,
  account_id    UUID         NOT NULL,
  name          VARCHAR(80)  NOT NULL,
  token_hash    VARCHAR(64)  NOT NULL,
  scope         VARCHAR(20)  NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at  TIMESTAMP WITH TIME ZONE,
  revoked_at    TIMESTAMP WITH TIME ZONE,
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT ck_api_token_scope CHECK (scope IN ('READ', 'READ_WRITE')),
  CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_api_token_account ON api_token (account_id);
