-- Feedback on the accessibility of the site, as the EU Web Accessibility Directive requires
-- (Directive (EU) 2016/2102, art. 7): anyone may send it, signed in or not. The reporter's
-- name and e-mail are optional (an answer needs the e-mail); the service validates the
-- same rules with a message per field.
CREATE TABLE accessibility_feedback (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    created_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    user_id             BIGINT        NULL,
    name                VARCHAR(200)  NULL,
    email               VARCHAR(254)  NULL,
    page                VARCHAR(300)  NULL,
    message             TEXT          NOT NULL,
    locale              VARCHAR(8)    NOT NULL,
    CONSTRAINT accessibility_feedback_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT accessibility_feedback_message_length CHECK (CHAR_LENGTH(TRIM(message)) BETWEEN 10 AND 4000),
    CONSTRAINT accessibility_feedback_name_not_blank CHECK (name IS NULL OR CHAR_LENGTH(TRIM(name)) > 0),
    CONSTRAINT accessibility_feedback_email_format CHECK (email IS NULL OR email REGEXP '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$'),
    CONSTRAINT accessibility_feedback_locale_known CHECK (locale IN ('en', 'fr', 'es', 'it', 'pt', 'sv'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX accessibility_feedback_created_idx ON accessibility_feedback (created_at);
