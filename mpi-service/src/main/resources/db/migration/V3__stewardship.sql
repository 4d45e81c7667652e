-- Stewardship (docs/stewardship.md): review decisions, remembered NO_MATCH pairs, merges that can be
-- undone, golden-record provenance and audit subjects. One set for H2 (MariaDB mode) and MariaDB.

ALTER TABLE review_task ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE review_task ADD COLUMN decided_at DATETIME(6);
ALTER TABLE review_task ADD COLUMN note VARCHAR(1000);

-- A steward said these two records are not the same patient: automatic linking keeps them apart and
-- no review pairs them again. Stored once per pair, low row id first.
CREATE TABLE no_match_pair (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    record_lo       BIGINT       NOT NULL,
    record_hi       BIGINT       NOT NULL,
    review_task_id  BIGINT,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_no_match_lo FOREIGN KEY (record_lo) REFERENCES source_record (id),
    CONSTRAINT fk_no_match_hi FOREIGN KEY (record_hi) REFERENCES source_record (id)
);
CREATE UNIQUE INDEX ux_no_match_pair ON no_match_pair (record_lo, record_hi);
CREATE INDEX ix_no_match_hi ON no_match_pair (record_hi);

-- One merge: what it changed (state_json: the merged person's links and both golden records as they
-- were), so that an unmerge can put exactly that back. status ACTIVE until undone (UNDONE).
CREATE TABLE person_merge (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    survivor_id     BIGINT       NOT NULL,
    merged_id       BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    state_json      TEXT         NOT NULL,
    merged_at       DATETIME(6)  NOT NULL,
    merged_by       VARCHAR(100) NOT NULL,
    undone_at       DATETIME(6),
    undone_by       VARCHAR(100),
    CONSTRAINT fk_person_merge_survivor FOREIGN KEY (survivor_id) REFERENCES person (id),
    CONSTRAINT fk_person_merge_merged FOREIGN KEY (merged_id) REFERENCES person (id)
);
CREATE INDEX ix_person_merge_merged ON person_merge (merged_id, status);
CREATE INDEX ix_person_merge_survivor ON person_merge (survivor_id, status);

-- Per golden field: which record gave the value and by which survivorship rule (JSON, ids only).
ALTER TABLE person ADD COLUMN golden_provenance TEXT;

-- An audit event concerns one record and one person (audit_event.record_id/person_id) or more (a
-- merge: two persons; a link: a record and two persons). Every subject of an event is listed here.
CREATE TABLE audit_subject (
    event_id        BIGINT       NOT NULL,
    person_id       BIGINT,
    record_id       BIGINT,
    CONSTRAINT fk_audit_subject_event FOREIGN KEY (event_id) REFERENCES audit_event (id)
);
CREATE INDEX ix_audit_subject_person ON audit_subject (person_id);
CREATE INDEX ix_audit_subject_record ON audit_subject (record_id);
CREATE INDEX ix_audit_subject_event ON audit_subject (event_id);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, at);
CREATE INDEX ix_audit_event_at ON audit_event (at);
