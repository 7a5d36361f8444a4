-- The ledger also records certificates issued and revoked; certificates issued before this
-- migration are back-filled (region: the holder's region now, the best record there is).
ALTER TABLE participation_entry DROP CONSTRAINT participation_entry_kind_known;
ALTER TABLE participation_entry ADD CONSTRAINT participation_entry_kind_known CHECK (kind IN
    ('MODULE_ENROLLED', 'MODULE_COMPLETED', 'VISIT_ATTENDED', 'VISIT_FOLLOW_UP_ANSWERED',
     'MENTORING_SESSION_HELD', 'MENTORING_COMPLETED', 'EXCHANGE_COMPLETED', 'CERTIFICATE_ISSUED', 'CERTIFICATE_REVOKED'));

INSERT INTO participation_entry (user_id, region_id, kind, occurred_at, quantity, source_type, source_id)
SELECT c.holder_id, u.region_id, 'CERTIFICATE_ISSUED', c.issued_at, c.workload_hours, 'certificate', c.id
FROM certificate c JOIN app_user u ON u.id = c.holder_id
ON DUPLICATE KEY UPDATE participation_entry.id = participation_entry.id;

INSERT INTO participation_entry (user_id, region_id, kind, occurred_at, quantity, source_type, source_id)
SELECT c.holder_id, u.region_id, 'CERTIFICATE_REVOKED', c.revoked_at, 0, 'certificate', c.id
FROM certificate c JOIN app_user u ON u.id = c.holder_id
WHERE c.revoked_at IS NOT NULL
ON DUPLICATE KEY UPDATE participation_entry.id = participation_entry.id;
