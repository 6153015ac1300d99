-- Coders' corrections of the discourse analyzer's highlights (issue 18). A coder marks one of the
-- analyzer's indicators as wrong, or adds one it missed, over a span of a transcript they are
-- assigned to. The words of the span and the note can hold health information, so they are stored
-- only as ciphertext, bound to this table, column and row, like the transcript itself. A coder
-- reads only their own corrections; the lab report counts them without their words.
CREATE TABLE discourse_correction (
  id                UUID         PRIMARY KEY,
  transcript_id     UUID         NOT NULL,
  coder_id          UUID         NOT NULL,
  kind              VARCHAR(8)   NOT NULL,
  indicator         VARCHAR(40)  NOT NULL,
  span_start        INTEGER      NOT NULL,
  span_end          INTEGER      NOT NULL,
  turn_index        INTEGER      NOT NULL,
  words             BYTEA        NOT NULL,
  note              BYTEA,
  analyzer_version  VARCHAR(20)  NOT NULL,
  lexicon_version   VARCHAR(40)  NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_dc_transcript FOREIGN KEY (transcript_id) REFERENCES transcript (id),
  CONSTRAINT fk_dc_coder FOREIGN KEY (coder_id) REFERENCES account (id),
  CONSTRAINT ck_dc_kind CHECK (kind IN ('WRONG', 'MISSED')),
  CONSTRAINT ck_dc_span CHECK (span_start >= 0 AND span_end > span_start)
);
CREATE INDEX ix_dc_transcript_coder ON discourse_correction (transcript_id, coder_id);

-- A coder's review of one transcript: the analyzer's marks per indicator when the coder first
-- corrected it (counts only, no words), so the lab report can say how many marks were judged.
CREATE TABLE discourse_review (
  transcript_id     UUID         NOT NULL,
  coder_id          UUID         NOT NULL,
  analyzer_version  VARCHAR(20)  NOT NULL,
  lexicon_version   VARCHAR(40)  NOT NULL,
  marks             VARCHAR(1000) NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_discourse_review PRIMARY KEY (transcript_id, coder_id),
  CONSTRAINT fk_dr_transcript FOREIGN KEY (transcript_id) REFERENCES transcript (id),
  CONSTRAINT fk_dr_coder FOREIGN KEY (coder_id) REFERENCES account (id)
);
