-- Foundation: CRM records, the audit trail, office-wide settings and the outbox.
-- Timestamps are ISO-8601 UTC text, dates YYYY-MM-DD, money in minor units (satang, cents),
-- booleans 0/1. *_key columns hold case-folded text for case-insensitive uniqueness and search
-- that also works for non-ASCII names on both backends.

CREATE TABLE companies (
    id {{id}},
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    industry TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    billing_entity TEXT NOT NULL DEFAULT '',
    payment_terms TEXT NOT NULL DEFAULT '',
    is_active INTEGER NOT NULL DEFAULT 1,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE contacts (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    email_key TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    contact_type TEXT NOT NULL DEFAULT 'other',
    is_billing_contact INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL DEFAULT 'en',
    is_active INTEGER NOT NULL DEFAULT 1,
    unsubscribed INTEGER NOT NULL DEFAULT 0,
    unsubscribed_at TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX contacts_company ON contacts(company_id);
CREATE INDEX contacts_name_key ON contacts(name_key, id);
CREATE INDEX contacts_email_key ON contacts(email_key);

CREATE TABLE contracts (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    contract_number TEXT NOT NULL UNIQUE,
    start_date TEXT,
    end_date TEXT,
    monthly_value_minor BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'THB',
    status TEXT NOT NULL DEFAULT 'draft',
    auto_renew INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX contracts_company ON contracts(company_id);
CREATE INDEX contracts_end_date ON contracts(end_date);

CREATE TABLE invoices (
    id {{id}},
    contract_id BIGINT NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
    invoice_number TEXT NOT NULL UNIQUE,
    issue_date TEXT,
    due_date TEXT,
    amount_minor BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'THB',
    status TEXT NOT NULL DEFAULT 'draft',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX invoices_contract ON invoices(contract_id);
CREATE INDEX invoices_due_date ON invoices(due_date);

-- Who changed what: one row per create, update or delete, with each changed field's old and new
-- value as a JSON object {"field": [old, new], …}.
CREATE TABLE audit_log (
    id {{id}},
    entity_type TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    action TEXT NOT NULL,
    actor TEXT NOT NULL,
    actor_user_id BIGINT,
    at TEXT NOT NULL,
    changes TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_entity ON audit_log(entity_type, entity_id, id);

-- Office-wide settings; keys and defaults live in core's SettingsCatalogue.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Every mail goes through here, written in the same transaction as the change that caused it.
CREATE TABLE outbox (
    id {{id}},
    dedupe_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'transactional',
    to_address TEXT NOT NULL,
    to_name TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL,
    html_body TEXT NOT NULL DEFAULT '',
    text_body TEXT NOT NULL DEFAULT '',
    reply_to TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    lease_owner TEXT,
    lease_expires_at TEXT,
    dot_sent_at TEXT,
    sent_at TEXT,
    source_type TEXT NOT NULL DEFAULT '',
    source_id BIGINT,
    company_id BIGINT,
    contact_id BIGINT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
