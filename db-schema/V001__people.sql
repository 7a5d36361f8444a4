-- Regions, users and roles: the people every other feature refers to.
-- Times are stored as UTC in DATETIME columns and read as java.time.Instant (see the jOOQ forcedTypes).

CREATE TABLE region (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    nuts_code       VARCHAR(8)   NOT NULL,
    name            VARCHAR(120) NOT NULL,
    country_code    CHAR(2)      NOT NULL,
    commission      VARCHAR(32)  NOT NULL,
    latitude        DECIMAL(8, 5),
    longitude       DECIMAL(8, 5),
    time_zone       VARCHAR(64)  NOT NULL DEFAULT 'Europe/Brussels',
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT region_nuts_code_uk UNIQUE (nuts_code),
    CONSTRAINT region_name_not_blank CHECK (CHAR_LENGTH(TRIM(name)) > 0),
    CONSTRAINT region_nuts_code_format CHECK (nuts_code REGEXP '(?-i)^[A-Z]{2}[0-9A-Z]{0,3}$'),
    CONSTRAINT region_country_code_format CHECK (country_code REGEXP '(?-i)^[A-Z]{2}$'),
    CONSTRAINT region_commission_known CHECK (commission IN
        ('ATLANTIC_ARC', 'BALKAN_BLACK_SEA', 'BALTIC_SEA', 'ISLANDS', 'INTERMEDITERRANEAN', 'NORTH_SEA'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE app_user (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    email               VARCHAR(254) NOT NULL,
    display_name        VARCHAR(200) NOT NULL,
    region_id           BIGINT       NOT NULL,
    password_hash       VARCHAR(200),
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    locale              VARCHAR(8)   NOT NULL DEFAULT 'en',
    time_zone           VARCHAR(64)  NOT NULL DEFAULT 'Europe/Brussels',
    failed_logins       INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME(3)  NULL,
    created_at          DATETIME(3)  NOT NULL DEFAULT UTC_TIMESTAMP(3),
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT app_user_email_uk UNIQUE (email),
    CONSTRAINT app_user_region_fk FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT app_user_email_format CHECK (email REGEXP '^[^@[:space:]]+@[^@[:space:]]+$'),
    CONSTRAINT app_user_name_not_blank CHECK (CHAR_LENGTH(TRIM(display_name)) > 0),
    CONSTRAINT app_user_locale_known CHECK (locale IN ('en', 'fr', 'es', 'it', 'pt', 'sv')),
    CONSTRAINT app_user_failed_logins_positive CHECK (failed_logins >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX app_user_region_idx ON app_user (region_id);
CREATE INDEX app_user_display_name_idx ON app_user (display_name);

CREATE TABLE user_role (
    user_id   BIGINT      NOT NULL,
    role      VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT user_role_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT user_role_known CHECK (role IN ('LEARNER', 'MENTOR', 'COORDINATOR', 'SECRETARIAT', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
