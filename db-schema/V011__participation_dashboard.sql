-- The secretariat's dashboard filters the ledger by topic: each entry carries the topics of
-- the activity behind it (a SET stores them as a bit mask, cheap to read in an index).
ALTER TABLE participation_entry ADD COLUMN topics SET('integration-policy', 'indicators', 'health', 'funding',
    'eu-programmes', 'partnerships', 'study-visits', 'exchanges', 'peer-learning', 'reception', 'employment',
    'language-learning') NOT NULL DEFAULT '';

-- Back-fill from the activities recorded before this migration.
UPDATE participation_entry e JOIN enrolment en ON en.id = e.source_id
SET e.topics = COALESCE((SELECT GROUP_CONCAT(mt.topic) FROM module_topic mt
                         WHERE mt.module_version_id = en.module_version_id
                           AND FIND_IN_SET(mt.topic, 'integration-policy,indicators,health,funding,eu-programmes,partnerships,study-visits,exchanges,peer-learning,reception,employment,language-learning') > 0), '')
WHERE e.source_type = 'enrolment';

UPDATE participation_entry e JOIN visit_application a ON a.id = e.source_id
SET e.topics = COALESCE((SELECT GROUP_CONCAT(t.theme) FROM study_visit_theme t
                         WHERE t.visit_id = a.visit_id
                           AND FIND_IN_SET(t.theme, 'integration-policy,indicators,health,funding,eu-programmes,partnerships,study-visits,exchanges,peer-learning,reception,employment,language-learning') > 0), '')
WHERE e.source_type = 'visit_application';

UPDATE participation_entry e JOIN mentoring_session s ON s.id = e.source_id
    JOIN mentoring_pairing p ON p.id = s.pairing_id JOIN mentoring_request r ON r.id = p.request_id
SET e.topics = r.topics
WHERE e.source_type IN ('mentoring_session_mentee', 'mentoring_session_mentor');

UPDATE participation_entry e JOIN mentoring_pairing p ON p.id = e.source_id JOIN mentoring_request r ON r.id = p.request_id
SET e.topics = r.topics
WHERE e.source_type IN ('mentoring_pairing_mentee', 'mentoring_pairing_mentor');

UPDATE participation_entry e JOIN exchange_allocation a ON a.id = e.source_id JOIN placement pl ON pl.id = a.placement_id
SET e.topics = pl.topics
WHERE e.source_type = 'exchange_allocation';

-- A certificate's entry carries the topics of the achievement it certifies.
UPDATE participation_entry e JOIN certificate c ON c.id = e.source_id
    JOIN participation_entry achieved ON achieved.source_id = c.source_id
        AND achieved.source_type = c.source_type
        AND achieved.kind IN ('MODULE_COMPLETED', 'VISIT_ATTENDED', 'MENTORING_COMPLETED', 'EXCHANGE_COMPLETED')
SET e.topics = achieved.topics
WHERE e.source_type = 'certificate';

-- Every dashboard query reads a period (optionally a few regions) and aggregates kind, person,
-- quantity and topics: both indexes cover those reads, so no table row is touched.
DROP INDEX participation_entry_occurred_idx ON participation_entry;
CREATE INDEX participation_entry_period_idx ON participation_entry (occurred_at, region_id, kind, user_id, quantity, topics);
CREATE INDEX participation_entry_region_idx ON participation_entry (region_id, occurred_at, kind, user_id, quantity, topics);
