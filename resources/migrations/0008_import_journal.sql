-- Import journal: every committed CSV import, and per record what it created or changed, so the
-- import can be undone. before_state holds the complete stored row (every column, as JSON) of a
-- record the import updated; after_updated_at is the record's updated_at right after the import,
-- so undo can refuse when someone changed the record since.

CREATE TABLE import_runs (
    id {{id}},
    record_type TEXT NOT NULL,
    source_name TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL,
    created_count INTEGER NOT NULL DEFAULT 0,
    updated_count INTEGER NOT NULL DEFAULT 0,
    skipped_count INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    undone_at TEXT
);

CREATE TABLE import_journal (
    id {{id}},
    import_id BIGINT NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    action TEXT NOT NULL,
    record_id BIGINT NOT NULL,
    before_state TEXT,
    after_updated_at TEXT NOT NULL
);
CREATE INDEX import_journal_import ON import_journal(import_id, id);
