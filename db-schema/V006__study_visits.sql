-- Study visits, expert missions and peer reviews: from a region's hosting offer to
-- attendance, certificates and the three-month follow-up. Times of day in an agenda are
-- local to the host region (time_zone); instants (deadline, decisions) are UTC.

CREATE TABLE hosting_offer (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    region_id           BIGINT        NOT NULL,
    theme               VARCHAR(60)   NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    what_visitors_see   TEXT          NOT NULL,
    languages           VARCHAR(64)   NOT NULL,
    preferred_periods   VARCHAR(300)  NOT NULL,
    active              BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by          BIGINT        NOT NULL,
    created_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT hosting_offer_region_fk FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT hosting_offer_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT hosting_offer_title_not_blank CHECK (CHAR_LENGTH(TRIM(title)) > 0),
    CONSTRAINT hosting_offer_languages_format CHECK (languages REGEXP '(?-i)^[a-z]{2}(,[a-z]{2})*$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX hosting_offer_theme_idx ON hosting_offer (active, theme);

CREATE TABLE study_visit (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                  VARCHAR(20)   NOT NULL,
    status                VARCHAR(16)   NOT NULL DEFAULT 'DRAFT',
    host_region_id        BIGINT        NOT NULL,
    city                  VARCHAR(120)  NOT NULL,
    venue                 VARCHAR(200)  NOT NULL,
    starts_on             DATE          NOT NULL,
    ends_on               DATE          NOT NULL,
    time_zone             VARCHAR(64)   NOT NULL,
    capacity              INT           NOT NULL,
    application_deadline  DATETIME(3)   NOT NULL,
    working_languages     VARCHAR(64)   NOT NULL,
    daily_allowance       DECIMAL(8, 2) NOT NULL DEFAULT 0,
    report                TEXT          NULL,
    report_at             DATETIME(3)   NULL,
    cancel_reason         VARCHAR(500)  NULL,
    certificates_issued_at DATETIME(3)  NULL,
    hosting_offer_id      BIGINT        NULL,
    requested_by          BIGINT        NULL,
    created_by            BIGINT        NOT NULL,
    created_at            DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    version               INT           NOT NULL DEFAULT 0,
    CONSTRAINT study_visit_host_region_fk FOREIGN KEY (host_region_id) REFERENCES region (id),
    CONSTRAINT study_visit_offer_fk FOREIGN KEY (hosting_offer_id) REFERENCES hosting_offer (id),
    CONSTRAINT study_visit_requested_by_fk FOREIGN KEY (requested_by) REFERENCES app_user (id),
    CONSTRAINT study_visit_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT study_visit_kind_known CHECK (kind IN ('STUDY_VISIT', 'EXPERT_MISSION', 'PEER_REVIEW')),
    CONSTRAINT study_visit_status_known CHECK (status IN ('DRAFT', 'OPEN', 'SELECTION', 'CONFIRMED', 'COMPLETED', 'CANCELLED')),
    CONSTRAINT study_visit_dates_ordered CHECK (ends_on >= starts_on),
    CONSTRAINT study_visit_length_bounded CHECK (DATEDIFF(ends_on, starts_on) < 31),
    CONSTRAINT study_visit_capacity_range CHECK (capacity BETWEEN 1 AND 500),
    CONSTRAINT study_visit_allowance_not_negative CHECK (daily_allowance >= 0),
    CONSTRAINT study_visit_languages_format CHECK (working_languages REGEXP '(?-i)^[a-z]{2}(,[a-z]{2})*$'),
    CONSTRAINT study_visit_cancel_reason CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL)),
    CONSTRAINT study_visit_certificates_when_completed CHECK (certificates_issued_at IS NULL OR status = 'COMPLETED')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX study_visit_starts_idx ON study_visit (status, starts_on);
CREATE INDEX study_visit_host_idx ON study_visit (host_region_id, starts_on);

CREATE TABLE study_visit_text (
    visit_id            BIGINT        NOT NULL,
    language            CHAR(2)       NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    description         TEXT          NOT NULL,
    PRIMARY KEY (visit_id, language),
    CONSTRAINT study_visit_text_visit_fk FOREIGN KEY (visit_id) REFERENCES study_visit (id) ON DELETE CASCADE,
    CONSTRAINT study_visit_text_title_not_blank CHECK (CHAR_LENGTH(TRIM(title)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE study_visit_theme (
    visit_id            BIGINT        NOT NULL,
    theme               VARCHAR(60)   NOT NULL,
    PRIMARY KEY (visit_id, theme),
    CONSTRAINT study_visit_theme_visit_fk FOREIGN KEY (visit_id) REFERENCES study_visit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX study_visit_theme_idx ON study_visit_theme (theme);

CREATE TABLE study_visit_agenda_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    visit_id            BIGINT        NOT NULL,
    day                 DATE          NOT NULL,
    starts_at           TIME          NOT NULL,
    ends_at             TIME          NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    speaker             VARCHAR(200)  NOT NULL DEFAULT '',
    place               VARCHAR(200)  NOT NULL DEFAULT '',
    CONSTRAINT agenda_item_visit_fk FOREIGN KEY (visit_id) REFERENCES study_visit (id) ON DELETE CASCADE,
    CONSTRAINT agenda_item_times_ordered CHECK (ends_at > starts_at),
    CONSTRAINT agenda_item_title_not_blank CHECK (CHAR_LENGTH(TRIM(title)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX agenda_item_visit_idx ON study_visit_agenda_item (visit_id, day, starts_at);

-- Travel costs by distance band, as Erasmus+ does: the band is the first whose upper
-- bound reaches the distance between the two regions.
CREATE TABLE study_visit_travel_band (
    visit_id            BIGINT        NOT NULL,
    up_to_km            INT           NOT NULL,
    amount              DECIMAL(8, 2) NOT NULL,
    PRIMARY KEY (visit_id, up_to_km),
    CONSTRAINT travel_band_visit_fk FOREIGN KEY (visit_id) REFERENCES study_visit (id) ON DELETE CASCADE,
    CONSTRAINT travel_band_km_positive CHECK (up_to_km > 0),
    CONSTRAINT travel_band_amount_not_negative CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE study_visit_material (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    visit_id            BIGINT        NOT NULL,
    label               VARCHAR(200)  NOT NULL,
    url                 VARCHAR(1000) NOT NULL,
    CONSTRAINT material_visit_fk FOREIGN KEY (visit_id) REFERENCES study_visit (id) ON DELETE CASCADE,
    CONSTRAINT material_url_web CHECK (url REGEXP '^https?://[^ ]+$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One application per person and visit. A selected or confirmed applicant holds a
-- numbered place: place numbers are unique per visit and the service hands out only
-- 1..capacity while holding the visit's row lock, so two hosts selecting at once can
-- never put more people on a visit than it has places.
CREATE TABLE visit_application (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    visit_id            BIGINT        NOT NULL,
    applicant_id        BIGINT        NOT NULL,
    applicant_region_id BIGINT        NOT NULL,
    motivation          TEXT          NOT NULL,
    take_home           TEXT          NOT NULL,
    status              VARCHAR(16)   NOT NULL DEFAULT 'PENDING',
    endorsement_comment VARCHAR(1000) NULL,
    endorsed_by         BIGINT        NULL,
    endorsed_at         DATETIME(3)   NULL,
    place_no            INT           NULL,
    waitlist_rank       INT           NULL,
    decided_by          BIGINT        NULL,
    decided_at          DATETIME(3)   NULL,
    confirmed_at        DATETIME(3)   NULL,
    applied_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT visit_application_visit_fk FOREIGN KEY (visit_id) REFERENCES study_visit (id),
    CONSTRAINT visit_application_applicant_fk FOREIGN KEY (applicant_id) REFERENCES app_user (id),
    CONSTRAINT visit_application_region_fk FOREIGN KEY (applicant_region_id) REFERENCES region (id),
    CONSTRAINT visit_application_endorsed_by_fk FOREIGN KEY (endorsed_by) REFERENCES app_user (id),
    CONSTRAINT visit_application_decided_by_fk FOREIGN KEY (decided_by) REFERENCES app_user (id),
    CONSTRAINT visit_application_once UNIQUE (visit_id, applicant_id),
    CONSTRAINT visit_application_place_uk UNIQUE (visit_id, place_no),
    CONSTRAINT visit_application_status_known CHECK (status IN
        ('PENDING', 'ENDORSED', 'DECLINED', 'WAITLISTED', 'SELECTED', 'CONFIRMED', 'NOT_SELECTED', 'WITHDRAWN')),
    CONSTRAINT visit_application_place_held CHECK ((status IN ('SELECTED', 'CONFIRMED')) = (place_no IS NOT NULL)),
    CONSTRAINT visit_application_place_positive CHECK (place_no IS NULL OR place_no >= 1),
    CONSTRAINT visit_application_waitlist_ranked CHECK ((status = 'WAITLISTED') = (waitlist_rank IS NOT NULL)),
    CONSTRAINT visit_application_motivation_not_blank CHECK (CHAR_LENGTH(TRIM(motivation)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX visit_application_applicant_idx ON visit_application (applicant_id, applied_at);
CREATE INDEX visit_application_region_idx ON visit_application (applicant_region_id, status);

CREATE TABLE visit_attendance (
    application_id      BIGINT        NOT NULL,
    day                 DATE          NOT NULL,
    recorded_by         BIGINT        NOT NULL,
    recorded_at         DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    PRIMARY KEY (application_id, day),
    CONSTRAINT attendance_application_fk FOREIGN KEY (application_id) REFERENCES visit_application (id),
    CONSTRAINT attendance_recorded_by_fk FOREIGN KEY (recorded_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE visit_feedback (
    application_id      BIGINT        NOT NULL PRIMARY KEY,
    rating              TINYINT       NOT NULL,
    learned             TEXT          NOT NULL,
    will_apply          TEXT          NOT NULL,
    submitted_at        DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT feedback_application_fk FOREIGN KEY (application_id) REFERENCES visit_application (id),
    CONSTRAINT feedback_rating_range CHECK (rating BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- What an attendee actually applied at home, asked three months after the visit.
CREATE TABLE visit_follow_up (
    application_id      BIGINT        NOT NULL PRIMARY KEY,
    applied             TEXT          NOT NULL,
    answered_at         DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    CONSTRAINT follow_up_application_fk FOREIGN KEY (application_id) REFERENCES visit_application (id),
    CONSTRAINT follow_up_applied_not_blank CHECK (CHAR_LENGTH(TRIM(applied)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- In-app notifications, e-mailed when mail is configured. The event key names what the
-- notification is about (e.g. "visit-reminder:42"): the same event never notifies twice.
CREATE TABLE notification (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id        BIGINT        NOT NULL,
    event_key           VARCHAR(160)  NOT NULL,
    message_key         VARCHAR(120)  NOT NULL,
    params              TEXT          NOT NULL,
    link                VARCHAR(300)  NOT NULL,
    created_at          DATETIME(3)   NOT NULL DEFAULT UTC_TIMESTAMP(3),
    read_at             DATETIME(3)   NULL,
    email_status        VARCHAR(8)    NULL,
    emailed_at          DATETIME(3)   NULL,
    CONSTRAINT notification_recipient_fk FOREIGN KEY (recipient_id) REFERENCES app_user (id),
    CONSTRAINT notification_event_once UNIQUE (recipient_id, event_key),
    CONSTRAINT notification_email_status_known CHECK (email_status IS NULL OR email_status IN ('PENDING', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX notification_recipient_idx ON notification (recipient_id, read_at, created_at);
CREATE INDEX notification_email_idx ON notification (email_status, created_at);

-- ShedLock: a scheduled job runs on one application instance at a time.
CREATE TABLE shedlock (
    name                VARCHAR(64)   NOT NULL PRIMARY KEY,
    lock_until          TIMESTAMP(3)  NOT NULL,
    locked_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by           VARCHAR(255)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

ALTER TABLE participation_entry ADD CONSTRAINT participation_entry_kind_known CHECK (kind IN
    ('MODULE_ENROLLED', 'MODULE_COMPLETED', 'VISIT_ATTENDED', 'VISIT_FOLLOW_UP_ANSWERED'));
