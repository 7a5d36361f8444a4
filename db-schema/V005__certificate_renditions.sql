-- A certificate re-issued in another of the six languages: same code and facts, its own PDF
-- bytes and hash, so every language's copy downloads identically and verifies by upload.
CREATE TABLE certificate_rendition (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    certificate_id      BIGINT       NOT NULL,
    language            CHAR(2)      NOT NULL,
    pdf                 LONGBLOB     NOT NULL,
    pdf_sha256          CHAR(64)     NOT NULL,
    created_at          DATETIME(3)  NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT certificate_rendition_certificate_fk FOREIGN KEY (certificate_id) REFERENCES certificate (id) ON DELETE CASCADE,
    CONSTRAINT certificate_rendition_language_uk UNIQUE (certificate_id, language),
    CONSTRAINT certificate_rendition_language_known CHECK (language IN ('en', 'fr', 'es', 'it', 'pt', 'sv'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX certificate_rendition_sha256_idx ON certificate_rendition (pdf_sha256);
