-- The MPI store: one migration set for H2 (MariaDB mode) and MariaDB (see ../shared/docs/STACK.md).
-- Source records are never deleted by matching: links change, records stay.

CREATE TABLE source_record (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    source          VARCHAR(64)  NOT NULL,
    record_id       VARCHAR(128) NOT NULL,
    given_name      VARCHAR(100),
    middle_name     VARCHAR(100),
    family_name     VARCHAR(100),
    sex             VARCHAR(16),
    birth_date      VARCHAR(32),
    address_line    VARCHAR(200),
    city            VARCHAR(100),
    state           VARCHAR(64),
    postal_code     VARCHAR(32),
    country         VARCHAR(64),
    phone           VARCHAR(64),
    email           VARCHAR(200),
    national_id     VARCHAR(64),
    raw_payload     TEXT         NOT NULL,
    payload_hash    CHAR(64)     NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         INT          NOT NULL
);
CREATE UNIQUE INDEX ux_source_record_source_record_id ON source_record (source, record_id);

CREATE TABLE person (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    enterprise_id   CHAR(36)     NOT NULL,
    status          VARCHAR(16)  NOT NULL, -- ACTIVE, MERGED (into merged_into), RETIRED (no records left)
    merged_into     BIGINT,
    given_name      VARCHAR(100),
    middle_name     VARCHAR(100),
    family_name     VARCHAR(100),
    sex             VARCHAR(16),
    birth_date      VARCHAR(32),
    address_line    VARCHAR(200),
    city            VARCHAR(100),
    state           VARCHAR(64),
    postal_code     VARCHAR(32),
    country         VARCHAR(64),
    phone           VARCHAR(64),
    email           VARCHAR(200),
    national_id     VARCHAR(64),
    family_key      VARCHAR(100),
    given_key       VARCHAR(100),
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         INT          NOT NULL
);
CREATE UNIQUE INDEX ux_person_enterprise_id ON person (enterprise_id);
-- family_key/given_key: upper-cased, trimmed golden names, so the simple search is case-blind on both databases.
CREATE INDEX ix_person_name_key ON person (family_key, given_key);

-- One current link per source record; its history is in audit_event.
CREATE TABLE link (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    record_id       BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    match_weight    DOUBLE,
    probability     DOUBLE,
    link_type       VARCHAR(16)  NOT NULL,
    decision        VARCHAR(16)  NOT NULL,
    model_version   VARCHAR(64),
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_link_record FOREIGN KEY (record_id) REFERENCES source_record (id),
    CONSTRAINT fk_link_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE UNIQUE INDEX ux_link_record ON link (record_id);
CREATE INDEX ix_link_person ON link (person_id);

-- The persistent blocking-key index: key_hash is a 64-bit hash of (rule text, key), so no patient
-- value is stored here; a hash collision only adds a candidate, which then scores low.
CREATE TABLE blocking_key (
    key_hash        BIGINT       NOT NULL,
    record_id       BIGINT       NOT NULL,
    rule_no         SMALLINT     NOT NULL,
    PRIMARY KEY (key_hash, record_id)
);
CREATE INDEX ix_blocking_key_record ON blocking_key (record_id);

CREATE TABLE review_task (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    record_id       BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    match_weight    DOUBLE,
    probability     DOUBLE,
    status          VARCHAR(16)  NOT NULL,
    model_version   VARCHAR(64),
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         INT          NOT NULL,
    CONSTRAINT fk_review_task_record FOREIGN KEY (record_id) REFERENCES source_record (id),
    CONSTRAINT fk_review_task_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_review_task_status ON review_task (status, created_at);
CREATE INDEX ix_review_task_record ON review_task (record_id);

CREATE TABLE audit_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    at              DATETIME(6)  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    action          VARCHAR(40)  NOT NULL,
    record_id       BIGINT,
    person_id       BIGINT,
    before_json     TEXT,
    after_json      TEXT,
    reason          VARCHAR(500)
);
CREATE INDEX ix_audit_event_record ON audit_event (record_id);
CREATE INDEX ix_audit_event_person ON audit_event (person_id);

-- Serialization of ingest on blocking keys: a fixed number of lock stripes (rows created on first
-- use), locked FOR UPDATE in ascending order inside the ingest transaction.
CREATE TABLE key_lock (
    stripe          INT          NOT NULL PRIMARY KEY,
    touched         BIGINT       NOT NULL
);
