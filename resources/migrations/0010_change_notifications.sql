-- Live refresh for an office sharing one PostgreSQL database: every statement that changes an
-- application table sends NOTIFY rapport_changes with the table's name (delivered at commit,
-- one per table and transaction). core/db/ChangeNotifier LISTENs and the lists re-query; the
-- notification is only a hint, the data is always read again. SQLite has one desktop per file
-- and nobody to tell, so there is nothing for it here.

-- begin postgresql only
DO $$
DECLARE
    t text;
BEGIN
    EXECUTE $f$
        CREATE OR REPLACE FUNCTION rapport_notify_change() RETURNS trigger LANGUAGE plpgsql AS $b$
        BEGIN
            PERFORM pg_notify('rapport_changes', TG_TABLE_NAME);
            RETURN NULL;
        END
        $b$
    $f$;
    FOREACH t IN ARRAY ARRAY['companies', 'contacts', 'contracts', 'invoices', 'users', 'settings', 'outbox',
                             'email_templates', 'sequences', 'sequence_steps', 'sequence_enrolments',
                             'sequence_emails', 'segments', 'segment_members', 'tickets', 'ticket_comments',
                             'ticket_attachments', 'ticket_events'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION rapport_notify_change()', t || '_notify', t);
    END LOOP;
END
$$;
-- end postgresql only
