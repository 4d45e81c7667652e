-- Model versions and re-match jobs (docs/model-versions.md). At most one version is active: the one
-- the service matches with; activating another runs a re-match job over the AUTO links.

CREATE TABLE model_version (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         VARCHAR(64)  NOT NULL,
    model_json      MEDIUMTEXT   NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    active          TINYINT(1)   NOT NULL,
    activated_at    DATETIME(6),
    activated_by    VARCHAR(100)
);
CREATE UNIQUE INDEX ux_model_version_version ON model_version (version);

CREATE TABLE rematch_job (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    model_version   VARCHAR(64)  NOT NULL,
    dry_run         TINYINT(1)   NOT NULL,
    status          VARCHAR(16)  NOT NULL, -- RUNNING, DONE, FAILED
    requested_by    VARCHAR(100) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    finished_at     DATETIME(6),
    records_total   INT          NOT NULL,
    records_done    INT          NOT NULL,
    records_changed INT          NOT NULL,
    changes_json    MEDIUMTEXT,
    error           VARCHAR(500)
);
