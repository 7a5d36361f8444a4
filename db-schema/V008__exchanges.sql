-- Staff exchange programmes: calls with their rules and rate tables, placements hosted by
-- regions, ranked applications, allocations, three-party learning agreements, weekly logs,
-- reports and the recognition record.

CREATE TABLE exchange_call (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    applications_open   DATE          NOT NULL,
    applications_close  DATE          NOT NULL,
    period_starts       DATE          NOT NULL,
    period_ends         DATE          NOT NULL,
    min_weeks           INT           NOT NULL,
    max_weeks           INT           NOT NULL,
    max_applications    INT           NOT NULL,
    created_by          BIGINT        NOT NULL,
    created_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT exchange_call_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT exchange_call_window_ordered CHECK (applications_close >= applications_open),
    CONSTRAINT exchange_call_period_ordered CHECK (period_ends > period_starts),
    CONSTRAINT exchange_call_weeks_range CHECK (min_weeks >= 1 AND max_weeks >= min_weeks AND max_weeks <= 26),
    CONSTRAINT exchange_call_max_applications_range CHECK (max_applications BETWEEN 1 AND 10),
    CONSTRAINT exchange_call_name_not_blank CHECK (CHAR_LENGTH(TRIM(name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE exchange_call_text (
    call_id             BIGINT        NOT NULL,
    language            CHAR(2)       NOT NULL,
    description         TEXT          NOT NULL,
    PRIMARY KEY (call_id, language),
    CONSTRAINT exchange_call_text_call_fk FOREIGN KEY (call_id) REFERENCES exchange_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Daily subsistence by host country, and travel by distance band, per call.
CREATE TABLE exchange_daily_rate (
    call_id             BIGINT        NOT NULL,
    country_code        CHAR(2)       NOT NULL,
    amount              DECIMAL(8, 2) NOT NULL,
    PRIMARY KEY (call_id, country_code),
    CONSTRAINT exchange_daily_rate_call_fk FOREIGN KEY (call_id) REFERENCES exchange_call (id) ON DELETE CASCADE,
    CONSTRAINT exchange_daily_rate_positive CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE exchange_travel_band (
    call_id             BIGINT        NOT NULL,
    up_to_km            INT           NOT NULL,
    amount              DECIMAL(8, 2) NOT NULL,
    PRIMARY KEY (call_id, up_to_km),
    CONSTRAINT exchange_travel_band_call_fk FOREIGN KEY (call_id) REFERENCES exchange_call (id) ON DELETE CASCADE,
    CONSTRAINT exchange_travel_band_km_positive CHECK (up_to_km > 0),
    CONSTRAINT exchange_travel_band_amount_positive CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE placement (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    call_id             BIGINT        NOT NULL,
    host_region_id      BIGINT        NOT NULL,
    department          VARCHAR(200)  NOT NULL,
    topics              VARCHAR(500)  NOT NULL,
    work                TEXT          NOT NULL,
    supervisor_id       BIGINT        NOT NULL,
    languages           VARCHAR(64)   NOT NULL,
    places              INT           NOT NULL,
    available_from      DATE          NOT NULL,
    available_until     DATE          NOT NULL,
    created_by          BIGINT        NOT NULL,
    created_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT placement_call_fk FOREIGN KEY (call_id) REFERENCES exchange_call (id),
    CONSTRAINT placement_region_fk FOREIGN KEY (host_region_id) REFERENCES region (id),
    CONSTRAINT placement_supervisor_fk FOREIGN KEY (supervisor_id) REFERENCES app_user (id),
    CONSTRAINT placement_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT placement_places_range CHECK (places BETWEEN 1 AND 20),
    CONSTRAINT placement_window_ordered CHECK (available_until > available_from),
    CONSTRAINT placement_languages_format CHECK (languages REGEXP '(?-i)^[a-z]{2}(,[a-z]{2})*$'),
    CONSTRAINT placement_department_not_blank CHECK (CHAR_LENGTH(TRIM(department)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE exchange_application (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    call_id             BIGINT        NOT NULL,
    placement_id        BIGINT        NOT NULL,
    applicant_id        BIGINT        NOT NULL,
    applicant_region_id BIGINT        NOT NULL,
    preference_rank     INT           NOT NULL,
    motivation          TEXT          NOT NULL,
    proposed_from       DATE          NOT NULL,
    proposed_until      DATE          NOT NULL,
    status              VARCHAR(14)   NOT NULL DEFAULT 'PENDING',
    endorsement_comment VARCHAR(1000) NULL,
    endorsed_by         BIGINT        NULL,
    endorsed_at         DATETIME(3)   NULL,
    applied_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT exchange_application_call_fk FOREIGN KEY (call_id) REFERENCES exchange_call (id),
    CONSTRAINT exchange_application_placement_fk FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT exchange_application_applicant_fk FOREIGN KEY (applicant_id) REFERENCES app_user (id),
    CONSTRAINT exchange_application_region_fk FOREIGN KEY (applicant_region_id) REFERENCES region (id),
    CONSTRAINT exchange_application_endorsed_by_fk FOREIGN KEY (endorsed_by) REFERENCES app_user (id),
    CONSTRAINT exchange_application_once UNIQUE (applicant_id, placement_id),
    CONSTRAINT exchange_application_rank_once UNIQUE (call_id, applicant_id, preference_rank),
    CONSTRAINT exchange_application_rank_positive CHECK (preference_rank >= 1),
    CONSTRAINT exchange_application_dates_ordered CHECK (proposed_until > proposed_from),
    CONSTRAINT exchange_application_status_known CHECK (status IN
        ('PENDING', 'ENDORSED', 'DECLINED', 'ALLOCATED', 'NOT_ALLOCATED', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- An allocation gives a person a numbered place on a placement. One per person and call
-- (unique key); places numbered 1..places, unique per placement; overlaps across calls are
-- checked under a lock on the person's row.
CREATE TABLE exchange_allocation (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    call_id             BIGINT        NOT NULL,
    placement_id        BIGINT        NOT NULL,
    application_id      BIGINT        NOT NULL,
    participant_id      BIGINT        NOT NULL,
    place_no            INT           NOT NULL,
    starts_on           DATE          NOT NULL,
    ends_on             DATE          NOT NULL,
    allocated_by        BIGINT        NOT NULL,
    allocated_at        DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT exchange_allocation_call_fk FOREIGN KEY (call_id) REFERENCES exchange_call (id),
    CONSTRAINT exchange_allocation_placement_fk FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT exchange_allocation_application_fk FOREIGN KEY (application_id) REFERENCES exchange_application (id),
    CONSTRAINT exchange_allocation_participant_fk FOREIGN KEY (participant_id) REFERENCES app_user (id),
    CONSTRAINT exchange_allocation_allocated_by_fk FOREIGN KEY (allocated_by) REFERENCES app_user (id),
    CONSTRAINT exchange_allocation_one_per_call UNIQUE (call_id, participant_id),
    CONSTRAINT exchange_allocation_place_uk UNIQUE (placement_id, place_no),
    CONSTRAINT exchange_allocation_application_uk UNIQUE (application_id),
    CONSTRAINT exchange_allocation_place_positive CHECK (place_no >= 1),
    CONSTRAINT exchange_allocation_dates_ordered CHECK (ends_on > starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX exchange_allocation_participant_idx ON exchange_allocation (participant_id, starts_on);

-- Drafted by the participant; accepted by the participant, the host supervisor and the
-- sending coordinator, each with who and when. A change clears all three.
CREATE TABLE learning_agreement (
    allocation_id            BIGINT        NOT NULL PRIMARY KEY,
    objectives               TEXT          NOT NULL,
    tasks                    TEXT          NOT NULL,
    revision                 INT           NOT NULL DEFAULT 1,
    participant_accepted_at  DATETIME(3)   NULL,
    supervisor_accepted_by   BIGINT        NULL,
    supervisor_accepted_at   DATETIME(3)   NULL,
    coordinator_accepted_by  BIGINT        NULL,
    coordinator_accepted_at  DATETIME(3)   NULL,
    CONSTRAINT learning_agreement_allocation_fk FOREIGN KEY (allocation_id) REFERENCES exchange_allocation (id),
    CONSTRAINT learning_agreement_supervisor_fk FOREIGN KEY (supervisor_accepted_by) REFERENCES app_user (id),
    CONSTRAINT learning_agreement_coordinator_fk FOREIGN KEY (coordinator_accepted_by) REFERENCES app_user (id),
    CONSTRAINT learning_agreement_supervisor_who CHECK ((supervisor_accepted_by IS NULL) = (supervisor_accepted_at IS NULL)),
    CONSTRAINT learning_agreement_coordinator_who CHECK ((coordinator_accepted_by IS NULL) = (coordinator_accepted_at IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE exchange_log (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    allocation_id       BIGINT        NOT NULL,
    week_of             DATE          NOT NULL,
    entry               TEXT          NOT NULL,
    supervisor_comment  TEXT          NULL,
    written_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT exchange_log_allocation_fk FOREIGN KEY (allocation_id) REFERENCES exchange_allocation (id),
    CONSTRAINT exchange_log_week_once UNIQUE (allocation_id, week_of),
    CONSTRAINT exchange_log_entry_not_blank CHECK (CHAR_LENGTH(TRIM(entry)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE exchange_report (
    allocation_id        BIGINT        NOT NULL PRIMARY KEY,
    tasks_done           TEXT          NULL,
    skills_gained        TEXT          NULL,
    report_at            DATETIME(3)   NULL,
    evaluation           TEXT          NULL,
    evaluated_by         BIGINT        NULL,
    evaluated_at         DATETIME(3)   NULL,
    CONSTRAINT exchange_report_allocation_fk FOREIGN KEY (allocation_id) REFERENCES exchange_allocation (id),
    CONSTRAINT exchange_report_evaluated_by_fk FOREIGN KEY (evaluated_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

ALTER TABLE participation_entry DROP CONSTRAINT participation_entry_kind_known;
ALTER TABLE participation_entry ADD CONSTRAINT participation_entry_kind_known CHECK (kind IN
    ('MODULE_ENROLLED', 'MODULE_COMPLETED', 'VISIT_ATTENDED', 'VISIT_FOLLOW_UP_ANSWERED',
     'MENTORING_SESSION_HELD', 'MENTORING_COMPLETED', 'EXCHANGE_COMPLETED'));
