-- Sending email: what the outbox needs beyond the foundation's table.

-- When delivery of the mail was first tried (the back-off gives up 5 days after it, not after the
-- mail was queued: a desktop that was off for a week still tries each mail properly).
ALTER TABLE outbox ADD COLUMN first_attempt_at TEXT;
-- Case-folded recipient name, address and subject, for the Outbox page's search.
ALTER TABLE outbox ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
-- The https List-Unsubscribe target for this recipient (marketing mail); empty: none.
ALTER TABLE outbox ADD COLUMN unsubscribe_url TEXT NOT NULL DEFAULT '';
CREATE INDEX outbox_created ON outbox(created_at, id);
CREATE INDEX outbox_lease ON outbox(status, lease_expires_at);

-- Files sent with a mail, kept until the mail is deleted so a retry sends the same bytes.
CREATE TABLE outbox_attachments (
    id {{id}},
    outbox_id BIGINT NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL DEFAULT '',
    data {{blob}} NOT NULL
);
CREATE INDEX outbox_attachments_mail ON outbox_attachments(outbox_id, position);

-- Certificates a person chose to trust for one SMTP server ("trust this certificate"), by the
-- SHA-256 of the certificate: a pin, never a blanket exception.
CREATE TABLE smtp_trusted_certificates (
    host TEXT NOT NULL,
    port INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    added_by TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    PRIMARY KEY (host, port, sha256)
);
