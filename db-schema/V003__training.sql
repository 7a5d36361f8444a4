-- Online training modules, imported from course-content/. A module keeps every imported
-- version; learners follow the version they enrolled in until they move on, and progress on
-- a lesson whose content did not change carries over (lesson_progress is keyed by slug and
-- the lesson's content hash).

CREATE TABLE training_module (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                VARCHAR(80)  NOT NULL,
    status              VARCHAR(16)  NOT NULL DEFAULT 'PUBLISHED',
    current_version_id  BIGINT       NULL,
    created_at          DATETIME(3)  NOT NULL DEFAULT UTC_TIMESTAMP(3),
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT training_module_code_uk UNIQUE (code),
    CONSTRAINT training_module_status_known CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE module_version (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    module_id           BIGINT       NOT NULL,
    version_no          INT          NOT NULL,
    content_hash        CHAR(64)     NOT NULL,
    estimated_minutes   INT          NOT NULL,
    pass_mark           INT          NOT NULL,
    max_attempts        INT          NOT NULL,
    awards_certificate  BOOLEAN      NOT NULL,
    languages           VARCHAR(64)  NOT NULL,
    imported_at         DATETIME(3)  NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT module_version_module_fk FOREIGN KEY (module_id) REFERENCES training_module (id),
    CONSTRAINT module_version_no_uk UNIQUE (module_id, version_no),
    CONSTRAINT module_version_hash_uk UNIQUE (module_id, content_hash),
    CONSTRAINT module_version_minutes_positive CHECK (estimated_minutes > 0),
    CONSTRAINT module_version_pass_mark_range CHECK (pass_mark BETWEEN 1 AND 100),
    CONSTRAINT module_version_attempts_positive CHECK (max_attempts > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

ALTER TABLE training_module
    ADD CONSTRAINT training_module_current_version_fk FOREIGN KEY (current_version_id) REFERENCES module_version (id);

CREATE TABLE module_text (
    module_version_id   BIGINT       NOT NULL,
    language            CHAR(2)      NOT NULL,
    title               VARCHAR(300) NOT NULL,
    summary             TEXT         NOT NULL,
    PRIMARY KEY (module_version_id, language),
    CONSTRAINT module_text_version_fk FOREIGN KEY (module_version_id) REFERENCES module_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE module_topic (
    module_version_id   BIGINT       NOT NULL,
    topic               VARCHAR(60)  NOT NULL,
    PRIMARY KEY (module_version_id, topic),
    CONSTRAINT module_topic_version_fk FOREIGN KEY (module_version_id) REFERENCES module_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX module_topic_topic_idx ON module_topic (topic);

CREATE TABLE module_prerequisite (
    module_version_id   BIGINT       NOT NULL,
    prerequisite_code   VARCHAR(80)  NOT NULL,
    PRIMARY KEY (module_version_id, prerequisite_code),
    CONSTRAINT module_prerequisite_version_fk FOREIGN KEY (module_version_id) REFERENCES module_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE lesson (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    module_version_id   BIGINT       NOT NULL,
    position            INT          NOT NULL,
    slug                VARCHAR(120) NOT NULL,
    content_hash        CHAR(64)     NOT NULL,
    CONSTRAINT lesson_version_fk FOREIGN KEY (module_version_id) REFERENCES module_version (id) ON DELETE CASCADE,
    CONSTRAINT lesson_slug_uk UNIQUE (module_version_id, slug),
    CONSTRAINT lesson_position_uk UNIQUE (module_version_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE lesson_text (
    lesson_id           BIGINT       NOT NULL,
    language            CHAR(2)      NOT NULL,
    title               VARCHAR(300) NOT NULL,
    body_markdown       MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (lesson_id, language),
    CONSTRAINT lesson_text_lesson_fk FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE quiz_question (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    module_version_id   BIGINT       NOT NULL,
    position            INT          NOT NULL,
    question_key        VARCHAR(40)  NOT NULL,
    kind                VARCHAR(12)  NOT NULL,
    answer_true         BOOLEAN      NULL,
    CONSTRAINT quiz_question_version_fk FOREIGN KEY (module_version_id) REFERENCES module_version (id) ON DELETE CASCADE,
    CONSTRAINT quiz_question_key_uk UNIQUE (module_version_id, question_key),
    CONSTRAINT quiz_question_kind_known CHECK (kind IN ('SINGLE', 'MULTIPLE', 'TRUE_FALSE')),
    CONSTRAINT quiz_question_true_false_has_answer CHECK ((kind = 'TRUE_FALSE') = (answer_true IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE quiz_question_text (
    question_id         BIGINT       NOT NULL,
    language            CHAR(2)      NOT NULL,
    text                TEXT         NOT NULL,
    explanation         TEXT         NOT NULL,
    PRIMARY KEY (question_id, language),
    CONSTRAINT quiz_question_text_question_fk FOREIGN KEY (question_id) REFERENCES quiz_question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE quiz_option (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    question_id         BIGINT       NOT NULL,
    position            INT          NOT NULL,
    option_key          VARCHAR(40)  NOT NULL,
    correct             BOOLEAN      NOT NULL,
    CONSTRAINT quiz_option_question_fk FOREIGN KEY (question_id) REFERENCES quiz_question (id) ON DELETE CASCADE,
    CONSTRAINT quiz_option_key_uk UNIQUE (question_id, option_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE quiz_option_text (
    option_id           BIGINT       NOT NULL,
    language            CHAR(2)      NOT NULL,
    text                TEXT         NOT NULL,
    PRIMARY KEY (option_id, language),
    CONSTRAINT quiz_option_text_option_fk FOREIGN KEY (option_id) REFERENCES quiz_option (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE enrolment (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id             BIGINT       NOT NULL,
    module_id           BIGINT       NOT NULL,
    module_version_id   BIGINT       NOT NULL,
    status              VARCHAR(16)  NOT NULL DEFAULT 'IN_PROGRESS',
    enrolled_at         DATETIME(3)  NOT NULL DEFAULT UTC_TIMESTAMP(3),
    completed_at        DATETIME(3)  NULL,
    last_lesson_slug    VARCHAR(120) NULL,
    enrolled_by         BIGINT       NULL,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT enrolment_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT enrolment_module_fk FOREIGN KEY (module_id) REFERENCES training_module (id),
    CONSTRAINT enrolment_version_fk FOREIGN KEY (module_version_id) REFERENCES module_version (id),
    CONSTRAINT enrolment_enrolled_by_fk FOREIGN KEY (enrolled_by) REFERENCES app_user (id),
    -- one enrolment per person and module, however often they click
    CONSTRAINT enrolment_user_module_uk UNIQUE (user_id, module_id),
    CONSTRAINT enrolment_status_known CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    CONSTRAINT enrolment_completed_has_date CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX enrolment_module_status_idx ON enrolment (module_id, status);

CREATE TABLE lesson_progress (
    enrolment_id        BIGINT       NOT NULL,
    lesson_slug         VARCHAR(120) NOT NULL,
    content_hash        CHAR(64)     NOT NULL,
    completed_at        DATETIME(3)  NOT NULL DEFAULT UTC_TIMESTAMP(3),
    PRIMARY KEY (enrolment_id, lesson_slug, content_hash),
    CONSTRAINT lesson_progress_enrolment_fk FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE quiz_attempt (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id        BIGINT       NOT NULL,
    module_version_id   BIGINT       NOT NULL,
    attempt_no          INT          NOT NULL,
    started_at          DATETIME(3)  NOT NULL DEFAULT UTC_TIMESTAMP(3),
    submitted_at        DATETIME(3)  NULL,
    correct_count       INT          NULL,
    question_count      INT          NOT NULL,
    score_percent       INT          NULL,
    passed              BOOLEAN      NULL,
    CONSTRAINT quiz_attempt_enrolment_fk FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT quiz_attempt_version_fk FOREIGN KEY (module_version_id) REFERENCES module_version (id),
    CONSTRAINT quiz_attempt_no_uk UNIQUE (enrolment_id, attempt_no),
    CONSTRAINT quiz_attempt_submitted_is_scored CHECK ((submitted_at IS NULL) = (passed IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE quiz_answer (
    attempt_id          BIGINT       NOT NULL,
    question_key        VARCHAR(40)  NOT NULL,
    answer              VARCHAR(400) NOT NULL,
    correct             BOOLEAN      NOT NULL,
    PRIMARY KEY (attempt_id, question_key),
    CONSTRAINT quiz_answer_attempt_fk FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE content_import (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at          DATETIME(3)  NOT NULL DEFAULT UTC_TIMESTAMP(3),
    triggered_by        BIGINT       NULL,
    modules_new         INT          NOT NULL,
    modules_updated     INT          NOT NULL,
    modules_unchanged   INT          NOT NULL,
    problems            TEXT         NOT NULL,
    CONSTRAINT content_import_user_fk FOREIGN KEY (triggered_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The participation ledger (see the participation feature): one row per thing a person did.
CREATE TABLE participation_entry (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id             BIGINT       NOT NULL,
    region_id           BIGINT       NOT NULL,
    kind                VARCHAR(40)  NOT NULL,
    occurred_at         DATETIME(3)  NOT NULL,
    quantity            DECIMAL(10, 2) NOT NULL DEFAULT 0,
    source_type         VARCHAR(40)  NOT NULL,
    source_id           BIGINT       NOT NULL,
    CONSTRAINT participation_entry_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT participation_entry_region_fk FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT participation_entry_once UNIQUE (kind, source_type, source_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX participation_entry_occurred_idx ON participation_entry (occurred_at, region_id, kind);
CREATE INDEX participation_entry_user_idx ON participation_entry (user_id, occurred_at);
