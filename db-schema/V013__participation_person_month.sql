-- People reached cannot be added up from counts: a person-month summary lets the dashboard
-- count distinct people over whole months without reading every entry. Kept in step with the
-- ledger in the same transaction, like participation_month; topic '' = all entries.
CREATE TABLE participation_person_month (
    topic               VARCHAR(60)    NOT NULL,
    month               DATE           NOT NULL,
    region_id           BIGINT         NOT NULL,
    user_id             BIGINT         NOT NULL,
    entries             INT            NOT NULL,
    quantity            DECIMAL(14, 2) NOT NULL,
    last_at             DATETIME(3)    NOT NULL,
    PRIMARY KEY (topic, month, region_id, user_id),
    CONSTRAINT participation_person_month_region_fk FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT participation_person_month_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT participation_person_month_first_day CHECK (DAYOFMONTH(month) = 1),
    CONSTRAINT participation_person_month_entries_positive CHECK (entries > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO participation_person_month (topic, month, region_id, user_id, entries, quantity, last_at)
SELECT '', DATE_FORMAT(occurred_at, '%Y-%m-01'), region_id, user_id, COUNT(*), SUM(quantity), MAX(occurred_at)
FROM participation_entry
GROUP BY DATE_FORMAT(occurred_at, '%Y-%m-01'), region_id, user_id;

INSERT INTO participation_person_month (topic, month, region_id, user_id, entries, quantity, last_at)
SELECT t.topic, DATE_FORMAT(e.occurred_at, '%Y-%m-01'), e.region_id, e.user_id, COUNT(*), SUM(e.quantity), MAX(e.occurred_at)
FROM participation_entry e
JOIN (SELECT 'integration-policy' AS topic UNION ALL SELECT 'indicators' UNION ALL SELECT 'health' UNION ALL SELECT 'funding' UNION ALL SELECT 'eu-programmes' UNION ALL SELECT 'partnerships' UNION ALL SELECT 'study-visits' UNION ALL SELECT 'exchanges' UNION ALL SELECT 'peer-learning' UNION ALL SELECT 'reception' UNION ALL SELECT 'employment' UNION ALL SELECT 'language-learning') t ON FIND_IN_SET(t.topic, e.topics) > 0
GROUP BY t.topic, DATE_FORMAT(e.occurred_at, '%Y-%m-01'), e.region_id, e.user_id;

-- A dashboard narrowed to kinds of activity reads only those kinds' entries.
CREATE INDEX participation_entry_kind_idx ON participation_entry (kind, occurred_at, region_id, user_id, quantity, topics);
