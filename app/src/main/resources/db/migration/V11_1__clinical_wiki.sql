-- The library becomes a reviewed wiki: every article version kept with who, what and why; stable
-- sentence ids; suggestions with their review and the suggester's approval; upvotes; editors.

CREATE TABLE wiki_source (
    number      INTEGER       PRIMARY KEY,
    tier        INTEGER       NOT NULL CHECK (tier BETWEEN 1 AND 3),
    citation    VARCHAR(1000) NOT NULL,
    identifier  VARCHAR(200),
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by    VARCHAR(80)   NOT NULL
);

CREATE TABLE wiki_article (
    id                VARCHAR(64)  PRIMARY KEY,
    position          INTEGER      NOT NULL,
    title             VARCHAR(200) NOT NULL,
    reviewed_version  INTEGER      NOT NULL,
    next_sentence     INTEGER      NOT NULL,
    row_version       INTEGER      NOT NULL
);

CREATE TABLE wiki_version (
    article_id   VARCHAR(64)   NOT NULL REFERENCES wiki_article (id),
    version      INTEGER       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    author       VARCHAR(200)  NOT NULL,
    reviewed_by  VARCHAR(200)  NOT NULL,
    what         VARCHAR(2000) NOT NULL,
    why          VARCHAR(2000) NOT NULL,
    suggestion_id UUID,
    PRIMARY KEY (article_id, version)
);

-- One row per heading or sentence of each version: every version is a whole snapshot.
CREATE TABLE wiki_sentence (
    article_id   VARCHAR(64)   NOT NULL,
    version      INTEGER       NOT NULL,
    position     INTEGER       NOT NULL,
    sentence_id  VARCHAR(80)   NOT NULL,
    heading      BOOLEAN       NOT NULL,
    paragraph    INTEGER       NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    sources      VARCHAR(200)  NOT NULL,
    editorial    BOOLEAN       NOT NULL,
    PRIMARY KEY (article_id, version, position),
    FOREIGN KEY (article_id, version) REFERENCES wiki_version (article_id, version)
);

-- The sources each version lists, kept apart from the sentences so a check can compare the two.
CREATE TABLE wiki_version_source (
    article_id  VARCHAR(64) NOT NULL,
    version     INTEGER     NOT NULL,
    number      INTEGER     NOT NULL REFERENCES wiki_source (number),
    PRIMARY KEY (article_id, version, number),
    FOREIGN KEY (article_id, version) REFERENCES wiki_version (article_id, version)
);

CREATE TABLE wiki_editor (
    account_id  UUID        PRIMARY KEY,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    granted_by  VARCHAR(80) NOT NULL
);

CREATE TABLE wiki_suggestion (
    id                 UUID          PRIMARY KEY,
    article_id         VARCHAR(64)   NOT NULL REFERENCES wiki_article (id),
    change_kind        VARCHAR(10)   NOT NULL,
    sentence_id        VARCHAR(80)   NOT NULL,
    quoted_text        VARCHAR(2000) NOT NULL,
    proposed_text      VARCHAR(2000),
    source_numbers     VARCHAR(200)  NOT NULL,
    new_source_tier       INTEGER,
    new_source_citation   VARCHAR(1000),
    new_source_identifier VARCHAR(200),
    editorial_asked    BOOLEAN       NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    credit             VARCHAR(10)   NOT NULL,
    credit_name        VARCHAR(120),
    suggested_by       UUID          NOT NULL,
    suggested_by_name  VARCHAR(200)  NOT NULL,
    suggested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    based_on_version   INTEGER       NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    final_text         VARCHAR(2000),
    final_sources      VARCHAR(200),
    final_editorial    BOOLEAN,
    decided_by         VARCHAR(200),
    decided_at         TIMESTAMP WITH TIME ZONE,
    decision_reason    VARCHAR(2000),
    published_version  INTEGER,
    row_version        INTEGER       NOT NULL
);
CREATE INDEX wiki_suggestion_article ON wiki_suggestion (article_id, status);

CREATE TABLE wiki_upvote (
    account_id   UUID        NOT NULL,
    target_kind  VARCHAR(10) NOT NULL,
    target_id    VARCHAR(64) NOT NULL,
    voted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, target_kind, target_id)
);

CREATE TABLE wiki_notice (
    id             UUID        PRIMARY KEY,
    account_id     UUID        NOT NULL,
    suggestion_id  UUID        NOT NULL REFERENCES wiki_suggestion (id),
    kind           VARCHAR(20) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX wiki_notice_account ON wiki_notice (account_id, read_at);
