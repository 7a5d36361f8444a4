-- People reached over a period: counting distinct people over one row per person and month
-- read up to 500,000 rows for a year of the whole network. One row per person and year, with
-- a bit per month in which the person has entries, answers the same question from a fifth of
-- the rows, in key order, without grouping. Kept in step with participation_person_month in
-- the same transaction; topic '' = all entries.
CREATE TABLE participation_person_year (
    topic               VARCHAR(60)        NOT NULL,
    year                SMALLINT           NOT NULL,
    region_id           BIGINT             NOT NULL,
    user_id             BIGINT             NOT NULL,
    -- bit (m - 1) set: entries in month m
    months              SMALLINT           NOT NULL,
    PRIMARY KEY (topic, year, region_id, user_id),
    CONSTRAINT participation_person_year_region_fk FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT participation_person_year_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT participation_person_year_months CHECK (months BETWEEN 1 AND 4095)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO participation_person_year (topic, year, region_id, user_id, months)
SELECT topic, YEAR(month), region_id, user_id, BIT_OR(1 << (MONTH(month) - 1))
FROM participation_person_month
GROUP BY topic, YEAR(month), region_id, user_id;
