-- Mentoring between regions: mentor profiles, cycles, requests, pairings with an agreement
-- and goals, sessions, private notes, feedback, and each person's private calendar feed.

CREATE TABLE mentor_profile (
    user_id             BIGINT        NOT NULL PRIMARY KEY,
    bio                 TEXT          NOT NULL,
    years_experience    INT           NOT NULL,
    capacity            INT           NOT NULL,
    paused              BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT mentor_profile_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT mentor_profile_years_range CHECK (years_experience BETWEEN 0 AND 60),
    CONSTRAINT mentor_profile_capacity_range CHECK (capacity BETWEEN 1 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mentor_topic (
    user_id             BIGINT        NOT NULL,
    topic               VARCHAR(60)   NOT NULL,
    PRIMARY KEY (user_id, topic),
    CONSTRAINT mentor_topic_profile_fk FOREIGN KEY (user_id) REFERENCES mentor_profile (user_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mentor_language (
    user_id             BIGINT        NOT NULL,
    language            CHAR(2)       NOT NULL,
    level               VARCHAR(6)    NOT NULL,
    PRIMARY KEY (user_id, language),
    CONSTRAINT mentor_language_profile_fk FOREIGN KEY (user_id) REFERENCES mentor_profile (user_id) ON DELETE CASCADE,
    CONSTRAINT mentor_language_level_known CHECK (level IN ('B1', 'B2', 'C1', 'C2', 'NATIVE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Weekly windows in the mentor's own time zone (day 1 = Monday).
CREATE TABLE mentor_availability (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id             BIGINT        NOT NULL,
    day_of_week         TINYINT       NOT NULL,
    starts_at           TIME          NOT NULL,
    ends_at             TIME          NOT NULL,
    CONSTRAINT mentor_availability_profile_fk FOREIGN KEY (user_id) REFERENCES mentor_profile (user_id) ON DELETE CASCADE,
    CONSTRAINT mentor_availability_day_range CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT mentor_availability_times_ordered CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mentoring_cycle (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    starts_on           DATE          NOT NULL,
    ends_on             DATE          NOT NULL,
    status              VARCHAR(8)    NOT NULL DEFAULT 'OPEN',
    created_by          BIGINT        NOT NULL,
    created_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT mentoring_cycle_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT mentoring_cycle_dates_ordered CHECK (ends_on > starts_on),
    CONSTRAINT mentoring_cycle_status_known CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT mentoring_cycle_name_not_blank CHECK (CHAR_LENGTH(TRIM(name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mentoring_request (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    cycle_id            BIGINT        NOT NULL,
    mentee_id           BIGINT        NOT NULL,
    goals               TEXT          NOT NULL,
    topics              VARCHAR(500)  NOT NULL,
    languages           VARCHAR(64)   NOT NULL,
    other_region        BOOLEAN       NOT NULL DEFAULT FALSE,
    other_country       BOOLEAN       NOT NULL DEFAULT FALSE,
    status              VARCHAR(10)   NOT NULL DEFAULT 'OPEN',
    created_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT mentoring_request_cycle_fk FOREIGN KEY (cycle_id) REFERENCES mentoring_cycle (id),
    CONSTRAINT mentoring_request_mentee_fk FOREIGN KEY (mentee_id) REFERENCES app_user (id),
    CONSTRAINT mentoring_request_once UNIQUE (cycle_id, mentee_id),
    CONSTRAINT mentoring_request_status_known CHECK (status IN ('OPEN', 'MATCHED', 'WITHDRAWN')),
    CONSTRAINT mentoring_request_languages_format CHECK (languages REGEXP '(?-i)^[a-z]{2}(,[a-z]{2})*$'),
    CONSTRAINT mentoring_request_goals_not_blank CHECK (CHAR_LENGTH(TRIM(goals)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A request has at most one live pairing (a declined one may be followed by another).
CREATE TABLE mentoring_pairing (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    cycle_id            BIGINT        NOT NULL,
    request_id          BIGINT        NOT NULL,
    mentor_id           BIGINT        NOT NULL,
    mentee_id           BIGINT        NOT NULL,
    status              VARCHAR(10)   NOT NULL DEFAULT 'PROPOSED',
    score               INT           NOT NULL,
    live_request_id     BIGINT        AS (CASE WHEN status IN ('PROPOSED', 'ACTIVE') THEN request_id END) PERSISTENT,
    mentor_accepted_at  DATETIME(3)   NULL,
    mentee_accepted_at  DATETIME(3)   NULL,
    closed_reason       VARCHAR(1000) NULL,
    closed_by           BIGINT        NULL,
    closed_at           DATETIME(3)   NULL,
    created_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT mentoring_pairing_cycle_fk FOREIGN KEY (cycle_id) REFERENCES mentoring_cycle (id),
    CONSTRAINT mentoring_pairing_request_fk FOREIGN KEY (request_id) REFERENCES mentoring_request (id),
    CONSTRAINT mentoring_pairing_mentor_fk FOREIGN KEY (mentor_id) REFERENCES mentor_profile (user_id),
    CONSTRAINT mentoring_pairing_mentee_fk FOREIGN KEY (mentee_id) REFERENCES app_user (id),
    CONSTRAINT mentoring_pairing_closed_by_fk FOREIGN KEY (closed_by) REFERENCES app_user (id),
    CONSTRAINT mentoring_pairing_live_once UNIQUE (live_request_id),
    CONSTRAINT mentoring_pairing_not_self CHECK (mentor_id <> mentee_id),
    CONSTRAINT mentoring_pairing_status_known CHECK (status IN ('PROPOSED', 'ACTIVE', 'COMPLETED', 'ENDED', 'DECLINED')),
    CONSTRAINT mentoring_pairing_active_accepted CHECK (status NOT IN ('ACTIVE', 'COMPLETED')
        OR (mentor_accepted_at IS NOT NULL AND mentee_accepted_at IS NOT NULL)),
    CONSTRAINT mentoring_pairing_closed_reason CHECK (status NOT IN ('ENDED', 'DECLINED') OR closed_reason IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX mentoring_pairing_mentor_idx ON mentoring_pairing (mentor_id, status);
CREATE INDEX mentoring_pairing_mentee_idx ON mentoring_pairing (mentee_id, status);

CREATE TABLE mentoring_agreement (
    pairing_id          BIGINT        NOT NULL PRIMARY KEY,
    meeting_rhythm      VARCHAR(200)  NOT NULL,
    ends_on             DATE          NOT NULL,
    mentor_accepted_at  DATETIME(3)   NULL,
    mentee_accepted_at  DATETIME(3)   NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT mentoring_agreement_pairing_fk FOREIGN KEY (pairing_id) REFERENCES mentoring_pairing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mentoring_goal (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    pairing_id          BIGINT        NOT NULL,
    position            INT           NOT NULL,
    text                VARCHAR(1000) NOT NULL,
    progress            INT           NOT NULL DEFAULT 0,
    progress_note       VARCHAR(1000) NULL,
    updated_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT mentoring_goal_pairing_fk FOREIGN KEY (pairing_id) REFERENCES mentoring_pairing (id),
    CONSTRAINT mentoring_goal_position_uk UNIQUE (pairing_id, position),
    CONSTRAINT mentoring_goal_position_range CHECK (position BETWEEN 1 AND 5),
    CONSTRAINT mentoring_goal_progress_range CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT mentoring_goal_text_not_blank CHECK (CHAR_LENGTH(TRIM(text)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mentoring_session (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    pairing_id          BIGINT        NOT NULL,
    starts_at           DATETIME(3)   NOT NULL,
    ends_at             DATETIME(3)   NOT NULL,
    location            VARCHAR(500)  NOT NULL,
    status              VARCHAR(10)   NOT NULL DEFAULT 'PLANNED',
    proposed_by         BIGINT        NOT NULL,
    cancel_reason       VARCHAR(500)  NULL,
    held_at             DATETIME(3)   NULL,
    created_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT mentoring_session_pairing_fk FOREIGN KEY (pairing_id) REFERENCES mentoring_pairing (id),
    CONSTRAINT mentoring_session_proposed_by_fk FOREIGN KEY (proposed_by) REFERENCES app_user (id),
    CONSTRAINT mentoring_session_times_ordered CHECK (ends_at > starts_at),
    CONSTRAINT mentoring_session_length CHECK (TIMESTAMPDIFF(MINUTE, starts_at, ends_at) BETWEEN 15 AND 240),
    CONSTRAINT mentoring_session_status_known CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    CONSTRAINT mentoring_session_held CHECK ((status = 'HELD') = (held_at IS NOT NULL)),
    CONSTRAINT mentoring_session_cancel_reason CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX mentoring_session_pairing_idx ON mentoring_session (pairing_id, starts_at);

-- No double booking: a planned or held session occupies its quarter hours for both people,
-- and a person's quarter hour is taken once.
CREATE TABLE mentoring_booking (
    user_id             BIGINT        NOT NULL,
    slot_start          DATETIME(3)   NOT NULL,
    session_id          BIGINT        NOT NULL,
    PRIMARY KEY (user_id, slot_start),
    CONSTRAINT mentoring_booking_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT mentoring_booking_session_fk FOREIGN KEY (session_id) REFERENCES mentoring_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX mentoring_booking_session_idx ON mentoring_booking (session_id);

-- Private to the two people of the pairing: never shown to coordinators or the secretariat.
CREATE TABLE mentoring_session_note (
    session_id          BIGINT        NOT NULL PRIMARY KEY,
    notes               TEXT          NOT NULL,
    agreed_actions      TEXT          NOT NULL,
    updated_by          BIGINT        NOT NULL,
    updated_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT mentoring_session_note_session_fk FOREIGN KEY (session_id) REFERENCES mentoring_session (id),
    CONSTRAINT mentoring_session_note_by_fk FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE mentoring_feedback (
    pairing_id          BIGINT        NOT NULL,
    user_id             BIGINT        NOT NULL,
    rating              TINYINT       NOT NULL,
    goals_reached       TEXT          NOT NULL,
    submitted_at        DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    PRIMARY KEY (pairing_id, user_id),
    CONSTRAINT mentoring_feedback_pairing_fk FOREIGN KEY (pairing_id) REFERENCES mentoring_pairing (id),
    CONSTRAINT mentoring_feedback_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT mentoring_feedback_rating_range CHECK (rating BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A private, revocable address from which calendar apps read a person's sessions.
CREATE TABLE calendar_feed (
    user_id             BIGINT        NOT NULL PRIMARY KEY,
    token               CHAR(43)      NOT NULL,
    created_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT calendar_feed_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT calendar_feed_token_uk UNIQUE (token)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

ALTER TABLE participation_entry DROP CONSTRAINT participation_entry_kind_known;
ALTER TABLE participation_entry ADD CONSTRAINT participation_entry_kind_known CHECK (kind IN
    ('MODULE_ENROLLED', 'MODULE_COMPLETED', 'VISIT_ATTENDED', 'VISIT_FOLLOW_UP_ANSWERED',
     'MENTORING_SESSION_HELD', 'MENTORING_COMPLETED'));
