-- Recognition records: a certificate may carry details (e.g. objectives, tasks done, skills
-- gained, host supervisor of an exchange), and an exchange's recognition is co-signed by the
-- sending and the host region before it is issued.
ALTER TABLE certificate ADD COLUMN details TEXT NULL;

ALTER TABLE exchange_report
    ADD COLUMN sending_signed_by BIGINT NULL,
    ADD COLUMN sending_signed_at DATETIME(3) NULL,
    ADD COLUMN host_signed_by BIGINT NULL,
    ADD COLUMN host_signed_at DATETIME(3) NULL,
    ADD CONSTRAINT exchange_report_sending_signed_by_fk FOREIGN KEY (sending_signed_by) REFERENCES app_user (id),
    ADD CONSTRAINT exchange_report_host_signed_by_fk FOREIGN KEY (host_signed_by) REFERENCES app_user (id),
    ADD CONSTRAINT exchange_report_sending_signature CHECK ((sending_signed_by IS NULL) = (sending_signed_at IS NULL)),
    ADD CONSTRAINT exchange_report_host_signature CHECK ((host_signed_by IS NULL) = (host_signed_at IS NULL));
