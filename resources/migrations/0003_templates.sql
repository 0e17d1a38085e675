-- Email templates (SPEC §3). html_body is stored sanitised (see core/templates/HtmlSanitizer);
-- text_body is optional and derived from the HTML at render time when empty. starter_key marks
-- the starter templates `init` installs ("renewal_30_days.en"), so installing twice adds none.
CREATE TABLE email_templates (
    id {{id}},
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    template_type TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    subject TEXT NOT NULL,
    html_body TEXT NOT NULL DEFAULT '',
    text_body TEXT NOT NULL DEFAULT '',
    is_active INTEGER NOT NULL DEFAULT 0,
    starter_key TEXT UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- Reminders look up "the active template of this type in this language".
CREATE INDEX email_templates_type ON email_templates(template_type, language, is_active);
