-- Where a library contributor or editor wants their library notices by e-mail too (their choice;
-- ciphertext bound to the row). No row: in-app notices only. Mail is sent only when the deployment
-- configures it (spring.mail.host).
CREATE TABLE wiki_notice_contact (
  account_id  UUID  PRIMARY KEY,
  email       BYTEA NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
