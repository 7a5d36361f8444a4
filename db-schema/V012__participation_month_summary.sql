-- The dashboard's counts and sums come from a monthly summary of the ledger, kept in step with
-- it in the same transaction; only distinct people, the edges of a period that does not start
-- or end on a month boundary, and the drill-down lists read the ledger itself.
-- topic '' counts every entry; each entry also counts once under each of its topics.
CREATE TABLE participation_month (
    month               DATE           NOT NULL,
    region_id           BIGINT         NOT NULL,
    kind                VARCHAR(40)    NOT NULL,
    topic               VARCHAR(60)    NOT NULL,
    entries             INT            NOT NULL,
    quantity            DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (topic, month, region_id, kind),
    CONSTRAINT participation_month_region_fk FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT participation_month_first_day CHECK (DAYOFMONTH(month) = 1),
    CONSTRAINT participation_month_entries_not_negative CHECK (entries >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO participation_month (month, region_id, kind, topic, entries, quantity)
SELECT DATE_FORMAT(occurred_at, '%Y-%m-01'), region_id, kind, '', COUNT(*), SUM(quantity)
FROM participation_entry
GROUP BY DATE_FORMAT(occurred_at, '%Y-%m-01'), region_id, kind;

INSERT INTO participation_month (month, region_id, kind, topic, entries, quantity)
SELECT DATE_FORMAT(e.occurred_at, '%Y-%m-01'), e.region_id, e.kind, t.topic, COUNT(*), SUM(e.quantity)
FROM participation_entry e
JOIN (SELECT 'integration-policy' AS topic UNION ALL SELECT 'indicators' UNION ALL SELECT 'health' UNION ALL SELECT 'funding' UNION ALL SELECT 'eu-programmes' UNION ALL SELECT 'partnerships' UNION ALL SELECT 'study-visits' UNION ALL SELECT 'exchanges' UNION ALL SELECT 'peer-learning' UNION ALL SELECT 'reception' UNION ALL SELECT 'employment' UNION ALL SELECT 'language-learning') t ON FIND_IN_SET(t.topic, e.topics) > 0
GROUP BY DATE_FORMAT(e.occurred_at, '%Y-%m-01'), e.region_id, e.kind, t.topic;

-- The drill-down lists the newest entries first: an index in exactly that order (id follows).
CREATE INDEX participation_entry_time_idx ON participation_entry (occurred_at);
