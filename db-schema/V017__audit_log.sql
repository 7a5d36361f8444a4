-- The audit log: who decided what, when (issue 10). Written in the same transaction as the
-- decision it records. Append-only for the application: the triggers below refuse every
-- UPDATE and DELETE, so not even a bug in the application can rewrite the history.
-- (TRUNCATE and DROP are DDL and need privileges the application account should not have.)
CREATE TABLE audit_log (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(3)   NOT NULL,
    -- no foreign key: the log must outlive anything it mentions (ids stay meaningful,
    -- people are anonymised, never deleted); NULL for the system (scheduled jobs)
    actor_id        BIGINT        NULL,
    action          VARCHAR(40)   NOT NULL,
    target_type     VARCHAR(40)   NOT NULL,
    target_id       BIGINT        NULL,
    detail          VARCHAR(500)  NULL,
    CONSTRAINT audit_log_action_format CHECK (action REGEXP '(?-i)^[A-Z][A-Z_]*$'),
    CONSTRAINT audit_log_target_type_not_blank CHECK (CHAR_LENGTH(TRIM(target_type)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX audit_log_time_idx ON audit_log (occurred_at, id);
CREATE INDEX audit_log_action_idx ON audit_log (action, occurred_at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, occurred_at);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only: rows cannot be changed';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only: rows cannot be deleted';
