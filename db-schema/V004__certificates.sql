-- Certificates: one per achievement, with the PDF bytes as issued (downloads return the
-- identical file) and their SHA-256, so anyone can check an uploaded copy.
CREATE TABLE certificate (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                CHAR(14)      NOT NULL,
    kind                VARCHAR(32)   NOT NULL,
    holder_id           BIGINT        NOT NULL,
    holder_name         VARCHAR(200)  NOT NULL,
    achievement_title   VARCHAR(300)  NOT NULL,
    workload_hours      DECIMAL(6, 1) NOT NULL,
    achieved_on         DATE          NOT NULL,
    issued_at           DATETIME(3)   NOT NULL,
    language            CHAR(2)       NOT NULL,
    issuer              VARCHAR(200)  NOT NULL,
    signatory           VARCHAR(200)  NOT NULL,
    source_type         VARCHAR(40)   NOT NULL,
    source_id           BIGINT        NOT NULL,
    pdf                 LONGBLOB      NOT NULL,
    pdf_sha256          CHAR(64)      NOT NULL,
    revoked_at          DATETIME(3)   NULL,
    revoked_reason      VARCHAR(500)  NULL,
    revoked_by          BIGINT        NULL,
    CONSTRAINT certificate_code_uk UNIQUE (code),
    -- the same achievement never yields two certificates, however requests race
    CONSTRAINT certificate_achievement_uk UNIQUE (kind, source_type, source_id),
    CONSTRAINT certificate_holder_fk FOREIGN KEY (holder_id) REFERENCES app_user (id),
    CONSTRAINT certificate_revoked_by_fk FOREIGN KEY (revoked_by) REFERENCES app_user (id),
    CONSTRAINT certificate_kind_known CHECK (kind IN ('MODULE_COMPLETION', 'STUDY_VISIT', 'EXCHANGE_PLACEMENT',
        'MENTEE_COMPLETION', 'MENTOR_RECOGNITION', 'MANUAL')),
    CONSTRAINT certificate_revocation_complete CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL)),
    CONSTRAINT certificate_workload_positive CHECK (workload_hours >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX certificate_holder_idx ON certificate (holder_id, issued_at);
CREATE INDEX certificate_sha256_idx ON certificate (pdf_sha256);
