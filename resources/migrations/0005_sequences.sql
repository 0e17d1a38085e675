-- Drip sequences (SPEC §4), reminder bookkeeping (SPEC §5) and job warnings.
-- template_id has no foreign key: templates live in another migration, and a deleted template must
-- not delete the history of mails sent from it (the step then reports the template as missing).

CREATE TABLE sequences (
    id {{id}},
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    sequence_type TEXT NOT NULL DEFAULT 'manual',
    trigger_event TEXT NOT NULL DEFAULT '',
    is_active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE sequence_steps (
    id {{id}},
    sequence_id BIGINT NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    step_order INTEGER NOT NULL,
    template_id BIGINT NOT NULL,
    days_delay INTEGER NOT NULL DEFAULT 0,
    send_time TEXT,
    is_active INTEGER NOT NULL DEFAULT 1,
    condition_field TEXT NOT NULL DEFAULT '',
    condition_operator TEXT NOT NULL DEFAULT '',
    condition_value TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX sequence_steps_sequence ON sequence_steps(sequence_id, step_order);

-- open_key is "sequence:company:contact" while the enrolment is pending, active or paused and NULL
-- once completed or cancelled: its UNIQUE constraint is what keeps a contact in a sequence at most
-- once at a time, even when two desktops enrol at the same moment. trigger_key is set for
-- enrolments made by a trigger event ("renewal_30_days:contract:12:2026-12-24:sequence:3") so that
-- an event enrols once however many runs see it.
CREATE TABLE sequence_enrolments (
    id {{id}},
    sequence_id BIGINT NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    contact_id BIGINT REFERENCES contacts(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'pending',
    current_step_index INTEGER NOT NULL DEFAULT 0,
    next_send_at TEXT,
    last_sent_at TEXT,
    enrolled_at TEXT NOT NULL,
    completed_at TEXT,
    enrolled_by TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'manual',
    cancel_reason TEXT NOT NULL DEFAULT '',
    open_key TEXT UNIQUE,
    trigger_key TEXT UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX sequence_enrolments_due ON sequence_enrolments(status, next_send_at);
CREATE INDEX sequence_enrolments_sequence ON sequence_enrolments(sequence_id, status);
CREATE INDEX sequence_enrolments_company ON sequence_enrolments(company_id);

CREATE TABLE sequence_emails (
    id {{id}},
    enrolment_id BIGINT NOT NULL REFERENCES sequence_enrolments(id) ON DELETE CASCADE,
    step_id BIGINT,
    step_index INTEGER NOT NULL,
    contact_id BIGINT,
    template_id BIGINT,
    status TEXT NOT NULL DEFAULT 'pending',
    outbox_id BIGINT,
    sent_at TEXT,
    error TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (enrolment_id, step_index, contact_id)
);
CREATE INDEX sequence_emails_outbox ON sequence_emails(status, outbox_id);

-- When each daily job last ran, so a run missed while no desktop was open happens at the next
-- start, and two desktops never both run it.
CREATE TABLE job_runs (
    job TEXT PRIMARY KEY,
    last_run_at TEXT NOT NULL,
    last_run_date TEXT NOT NULL
);

-- Problems a background job met that a person must fix (no active template of a needed type),
-- shown on the outbox page. warning_key folds repeats of the same problem on the same day.
CREATE TABLE job_warnings (
    id {{id}},
    job TEXT NOT NULL,
    warning_key TEXT NOT NULL UNIQUE,
    message TEXT NOT NULL,
    occurrences INTEGER NOT NULL DEFAULT 1,
    first_at TEXT NOT NULL,
    last_at TEXT NOT NULL,
    dismissed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX job_warnings_recent ON job_warnings(dismissed, last_at);
