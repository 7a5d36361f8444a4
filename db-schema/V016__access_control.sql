-- "Sign out everywhere": a session signed in before this moment ends at its next request,
-- on whichever instance it lives.
ALTER TABLE app_user ADD COLUMN sessions_valid_after DATETIME(3) NULL;

-- Failed sign-ins per client address in a fixed window, in the database so that every
-- instance counts the same failures and a blocked address stays blocked on all of them.
-- (Failures per account are counted on app_user: failed_logins, locked_until.)
CREATE TABLE sign_in_throttle (
    client_address VARCHAR(45)  NOT NULL,
    window_started DATETIME(3)  NOT NULL,
    failures       INT          NOT NULL,
    blocked_until  DATETIME(3)  NULL,
    CONSTRAINT sign_in_throttle_pk PRIMARY KEY (client_address),
    CONSTRAINT sign_in_throttle_failures CHECK (failures >= 0),
    CONSTRAINT sign_in_throttle_address_not_blank CHECK (CHAR_LENGTH(client_address) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

CREATE INDEX sign_in_throttle_window ON sign_in_throttle (window_started);
