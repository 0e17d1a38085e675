-- Support tickets (SPEC §8): tickets, their per-day number counter, comments and internal notes,
-- attachments stored in the database, and the events that record every change of status,
-- priority, assignee, team or due date.

-- One row per office-local day. The next number is taken with an UPSERT … RETURNING inside the
-- ticket's insert transaction, so two desktops never get the same number, and a number is never
-- handed out twice even when its ticket is deleted (the counter never goes down).
CREATE TABLE ticket_counters (
    day TEXT PRIMARY KEY,
    last_number BIGINT NOT NULL
);

-- assigned_to / created_by are user ids without a foreign key, so tickets do not depend on the
-- users table's migration; the *_name columns keep what to show (and survive a deleted user).
CREATE TABLE tickets (
    id {{id}},
    ticket_number TEXT NOT NULL UNIQUE,
    company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    contact_id BIGINT REFERENCES contacts(id) ON DELETE SET NULL,
    subject TEXT NOT NULL,
    subject_key TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new',
    priority TEXT NOT NULL DEFAULT 'medium',
    category TEXT NOT NULL DEFAULT 'general',
    assigned_to BIGINT,
    assigned_to_name TEXT NOT NULL DEFAULT '',
    assigned_team TEXT NOT NULL,
    due_at TEXT,
    first_response_at TEXT,
    resolved_at TEXT,
    closed_at TEXT,
    created_by BIGINT,
    created_by_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX tickets_company ON tickets(company_id);
CREATE INDEX tickets_status ON tickets(status, due_at);
CREATE INDEX tickets_assigned ON tickets(assigned_to, status);
CREATE INDEX tickets_created ON tickets(created_at, id);

CREATE TABLE ticket_comments (
    id {{id}},
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    is_internal INTEGER NOT NULL DEFAULT 0,
    author_id BIGINT,
    author_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX ticket_comments_ticket ON ticket_comments(ticket_id, created_at, id);

CREATE TABLE ticket_attachments (
    id {{id}},
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    content {{blob}} NOT NULL,
    uploaded_by BIGINT,
    uploaded_by_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX ticket_attachments_ticket ON ticket_attachments(ticket_id, created_at, id);

-- field is one of status, priority, assigned_to, assigned_team, due_date; old/new hold the stored
-- codes, the ISO timestamp for due_date and the username for assigned_to (empty = none).
CREATE TABLE ticket_events (
    id {{id}},
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    actor_id BIGINT,
    actor_name TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, at, id);
