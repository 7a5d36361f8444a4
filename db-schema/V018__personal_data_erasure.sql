-- Erasure on request (GDPR art. 17): the person's row stays (ids in the participation ledger,
-- certificates and the audit log keep pointing at it, so statistics do not change), but its
-- personal fields are anonymised and it can never sign in again. The schema keeps that true
-- whatever the application does: an erased account is inactive and has no password.
ALTER TABLE app_user
    ADD COLUMN erased_at DATETIME(3) NULL,
    ADD CONSTRAINT app_user_erased_cannot_sign_in CHECK (erased_at IS NULL OR (active = FALSE AND password_hash IS NULL));
