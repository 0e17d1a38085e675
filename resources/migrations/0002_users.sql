-- Users and sign-in. Passwords are stored only as libsodium Argon2id hash strings
-- ("$argon2id$v=19$m=…,t=…,p=…$salt$hash"), never in clear.
CREATE TABLE users (
    id {{id}},
    username TEXT NOT NULL,
    username_key TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 1,
    password_hash TEXT NOT NULL,
    last_sign_in_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Failed sign-ins per (case-folded) username, also for names that have no account, so that the
-- lockout neither resets when the application restarts nor tells who has an account.
CREATE TABLE sign_in_attempts (
    username_key TEXT PRIMARY KEY,
    failed_count INTEGER NOT NULL DEFAULT 0,
    last_failed_at TEXT NOT NULL
);
