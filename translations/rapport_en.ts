<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Authenticator</name>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many failed sign-in attempts. Wait %n second and try again.</numerusform>
            <numerusform>Too many failed sign-in attempts. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has an unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Authorizer</name>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport backups (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replace everything in the current database with the backup %1 (%n companies)? The current database is kept as a copy beside it.</source>
        <translation>
            <numerusform>Replace everything in the current database with the backup %1 (%n companies)? The current database is kept as a copy beside it.</numerusform>
            <numerusform>Replace everything in the current database with the backup %1 (%n companies)? The current database is kept as a copy beside it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored. The previous database was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rapport backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rapport backup (it has no schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Rapport (schema change %2; this version knows up to %3); update Rapport to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file, not the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database could not be kept as a copy, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found %2 problem(s), the first being &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: rapport-cli [--db LOCATION] [--now ISO-8601] [--format table|csv|json] COMMAND …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file (default: the user&apos;s data directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pretend the current time is this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format for commands that list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the SMTP password from this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 invalid input, 3 database or I/O error, 4 delivery error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; run rapport-cli --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot; (usage: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now must be an ISO-8601 date or date-time, such as 2026-03-01T09:00:00+07:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyDetailView</name>
    <message>
        <source>← All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Inactive&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol in sequence…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>The company name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company called &quot;%1&quot; already exists (names are compared ignoring case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionOperator</name>
    <message>
        <source>equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always (no condition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Choose the company this contact works for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact type must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be en or th.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactType</name>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>Choose the company this contract is with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly value must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number %1 is already used by another contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contract with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text; save it from your spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it needs a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message>
        <source>Say what to import and from which file, e.g. rapport-cli import companies companies.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown import type &quot;%1&quot;; use companies, contacts or contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; matches no field and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more problem(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: fix the line(s) above and run the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 row(s): %2 would be created, %3 updated and %4 skipped as duplicates. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 row(s): %2 created, %3 updated, %4 skipped as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the import&apos;s id, e.g. rapport-cli import undo 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to export, e.g. rapport-cli export contacts &gt; contacts.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export type &quot;%1&quot;; use companies, contacts, contracts or invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--company must be a company id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup and restore work on a local SQLite database; back up a PostgreSQL office database on the server with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the backup, e.g. rapport-cli backup rapport-backup.db, or rapport-cli backup --daily FOLDER [--keep N].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep must be a whole number from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup already exists; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which backup to restore, e.g. rapport-cli restore rapport-backup.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import records from CSV (columns matched by header); a bad row imports nothing. Duplicates are skipped, or updated with --update; prints the import&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo an import (the newest by default), restoring what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a list as CSV to standard output (--bom for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE, even while Rapport is running; with --daily, once a day into FOLDER keeping the newest N (default 7), e.g. from cron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a checked backup, keeping the current one as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL location; write postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (it is not a SQLite file); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rapport database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionImpact</name>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else is deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>There is no desktop setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office database address; write postgresql://server/dbname (or postgresql://server:port/dbname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the office database address: each user types their own when signing in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol %1 in a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol in a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active sequence with steps to enrol in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s billing contacts (else all active contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unsubscribed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sequence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentSource</name>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentStatus</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentsView</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(billing contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if its condition holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Excel (adds a byte order mark so Thai text shows correctly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>There is no column called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date and time in ISO-8601 form, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an amount such as 12500 or 12500.50, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number such as 2.5, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBuilder</name>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChecker</name>
    <message>
        <source>The filter has %1 rules; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition is a single rule, not a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups nest at most %1 levels deep; move this group up a level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group has no rules; add a rule or remove the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a field for this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field &quot;%1&quot; for %2; did you mean &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field &quot;%1&quot; for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an operator for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operator &quot;%1&quot;; the operators are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; does not fit &quot;%2&quot; (%3); use one of: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the text to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;between&quot; needs two values: [low, high].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low value %1 is above the high value %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;in_list&quot; needs a list of 1 to %1 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs text, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text for &quot;%1&quot; contains a control character (such as NUL or a line break).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text for &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number (&quot;%2&quot; needs one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date; write &quot;%2&quot; dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is true or false, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a value of &quot;%2&quot;; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days must be a whole number from 0 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterEntity</name>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterField</name>
    <message>
        <source>Company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active contract ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True when any of the company&apos;s active contracts ends as the rule says: &quot;is in the next 30 days&quot; finds companies with an active contract ending within 30 days. &quot;is not on&quot; and &quot;is not set&quot; mean no active contract ends so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the company&apos;s contracts are active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the company&apos;s invoices are past due and unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many contacts the company has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterFieldType</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterGroupWidget</name>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups nest at most %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many records this group alone selects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules yet: every record matches. Add a rule to narrow it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty group: add a rule to it or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this group and its rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterJson</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter must be a JSON object with entity, match and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; a filter has version, entity, match and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version must be a whole number (this format is version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This filter was written by a newer version of Rapport (format version %1; this one reads version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which records the filter selects: &quot;entity&quot;: &quot;company&quot; or &quot;contact&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity must be &quot;company&quot; or &quot;contact&quot;, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match must be &quot;all&quot; or &quot;any&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules must be a list, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule must be an object {&quot;field&quot;, &quot;operator&quot;, &quot;value&quot;}, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; a group has match and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; a rule has field, operator and value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field must be a field name in quotes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator must be an operator name in quotes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterMatch</name>
    <message>
        <source>all of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterOperator</name>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the last … days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the next … days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterRuleRow</name>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many records this rule alone selects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterSubjectLoader</name>
    <message>
        <source>There is no company with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport keeps its data in a database file on this computer. Choose where to create it; the suggested place is fine for most offices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator account. Administrators add the other users, and there is no built-in password: remember this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with demo companies, contacts, contracts and invoices to try Rapport out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My office already has a shared database on a server: join it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address your administrator gave you, such as postgresql://server/rapport. You sign in with your own username and password next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed %n field(s)</source>
        <translation>
            <numerusform>Changed %n field</numerusform>
            <numerusform>Changed %n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them (keep what is stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that already exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n row(s) match records that already exist (first on line %1).</source>
        <translation>
            <numerusform> %n row match records that already exist (first on line %1).</numerusform>
            <numerusform> %n rows match records that already exist (first on line %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed in the file or the column mapping before anything can be imported.</source>
        <translation>
            <numerusform>%n problem must be fixed in the file or the column mapping before anything can be imported.</numerusform>
            <numerusform>%n problems must be fixed in the file or the column mapping before anything can be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) ready: %2 new, %3 to update, %4 to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 new and update %2 %3 from %4? Nothing else changes, and the import can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is done. Undo it with &quot;Undo last import&quot; if it was not what you wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2 created, %3 updated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last import? Records it created are deleted and records it updated get their previous values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field called &quot;%1&quot; to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns are mapped to %1; map one and ignore the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to %1; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 has already been undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later import is still in place; undo that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 imported from line %2 has been deleted since; the import can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 imported from line %2 has been changed since; undoing the import would lose that change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company imported from line %1 now has contacts or contracts; the import can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company called &quot;%1&quot;; import the companies first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>Choose the contract this invoice bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contract with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date must not be before the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number %1 is already used by another invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links in emails must start with https://, http:// or mailto:, or be a variable such as {{unsubscribe_url}}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailCommands</name>
    <message>
        <source>Cannot read the SMTP password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server needs the password of %1; give it with --smtp-password-file FILE (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security must be none, starttls or tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin needs --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not stored: %1 On a machine without a keychain, give it to each command with --smtp-password-file FILE instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP settings saved: %1:%2 (%3), sending as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the certificate&apos;s SHA-256 fingerprint, e.g. rapport-cli smtp trust AB:CD:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the SMTP server first (rapport-cli smtp set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 is now trusted for %2:%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to send the test message: rapport-cli smtp test --to ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To trust it: rapport-cli smtp trust %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message sent to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rapport-cli mail send --to ADDRESS --subject S --html-file F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be transactional or marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, to retry %2, failed %3, unconfirmed %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler running; stop it with SIGTERM (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the office&apos;s SMTP server; the password goes to the OS keychain, never the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the SMTP settings (without the password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust (pin) the SMTP server&apos;s certificate with this fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message now, straight through the SMTP server (not queued).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a mail in the outbox (the scheduler sends it); prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the outbox, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One full scheduler tick: the jobs, then delivery of every mail that is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scheduler until SIGTERM; then finish the mail in hand and exit 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailDelivery</name>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the SMTP server and the sender address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was sent by Rapport to check the SMTP settings (server %1, port %2). If you can read it, Rapport can send email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is waiting in the outbox, but no SMTP server and sender address are set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailKind</name>
    <message>
        <source>Transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailPages</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SMTP settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run scheduler now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailStatus</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rapport&lt;/b&gt; %1&lt;br&gt;A desktop CRM for small offices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import companies, contacts or contracts from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list on screen, as filtered, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the companies, contacts, contracts or invoices list to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole database to a file while you keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a backup (the current one is kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>This database was written by a newer version of Rapport (it has schema change %1; this version knows changes up to %2). It was left untouched: please update Rapport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema change %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeCommands</name>
    <message>
        <source>Give both ends: rapport-cli migrate --from FILE.db --to postgresql://user@host/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy does not match the source in %1; do not use the office database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office database ready: tables owned by %1; group roles %2, %3, %4, %5. Add users with rapport-cli user add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a desktop&apos;s database into a new, empty office database and compare the record counts of every table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up an office database&apos;s roles, grants and row-level security (run as a PostgreSQL user that may create roles).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeCredentials</name>
    <message>
        <source>Your password could not be kept in the keychain, so you will be asked for it next time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeMigration</name>
    <message>
        <source>The tables&apos; foreign keys form a cycle; the database cannot be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be a local database file, not a PostgreSQL location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be a PostgreSQL location such as postgresql://user@host:5432/rapport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office database has no table %1; it is not at this version of Rapport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office database already holds data (table %1); migrate only into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSecurity</name>
    <message>
        <source>Office roles and policies exist only on a PostgreSQL database (--db postgresql://…); a local file belongs to whoever can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction on the office database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the office database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the office database failed while committing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database role %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of database role %1 could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database role %1 could not join its group: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database role %1 could not be given its rights: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database role %1 could not be renamed to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database role %1 could not be allowed to sign in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database role %1 could not be stopped from signing in: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>There is no office setting called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSignIn</name>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office database; write postgresql://host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office database did not let &quot;%1&quot; in. Check the username and password (your administrator creates your database account with &quot;user add&quot;).

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database account &quot;%1&quot; belongs to no Rapport user; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has an unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the office database server %1:%2 (%3). Check the office database address and your network, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>A mail needs a dedupe key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail needs a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid reply-to address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail with dedupe key %1 vanished while it was being queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mail with id %1 in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail %1 changed while you looked at it; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail %1 cannot be retried: it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail %1 cannot be cancelled: it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an unconfirmed mail can be marked as sent; mail %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search recipient or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Automatic mail was not queued:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and more; close this list to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• %1 (%n time(s), last %2)</source>
        <translation>
            <numerusform>• %1 (%n time, last %2)</numerusform>
            <numerusform>• %1 (%n times, last %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change mail in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mail to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message-ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The server may or may not have this mail:&lt;/b&gt; the connection ended after it was sent and before the server confirmed it. Check with the recipient, then choose Mark as sent or Resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n mail</numerusform>
            <numerusform>%n mails</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may already have delivered &quot;%1&quot; to %2. Send it again anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail is queued again; it goes out with the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot; to %2? It will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that &quot;%1&quot; did reach %2? It will not be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail is recorded as sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxQueue</name>
    <message>
        <source>The sender stopped after the whole message had gone to the server but before the server confirmed it; it may or may not have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up after %1 attempts over 5 days; the last one: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to hash the password; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>No password is stored in the keychain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>view companies, contacts and contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or edit companies, contacts and contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete companies, contacts and contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view templates and sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage templates and sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see every user&apos;s segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol customers in sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create tickets and edit your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit any ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change SMTP, scheduler and office settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>The template was not saved. Click a problem to select it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is sent by the office server or an administrator&apos;s desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one field to change, e.g. --name &quot;New name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;; use companies, contacts, contracts or invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 companies, %2 contacts, %3 contracts and %4 invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database (or bring it up to date) and print its location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with realistic demo data (deterministic for a seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List records in the chosen --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to list, e.g. rapport-cli list companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a record from field options (names as in the spec); prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to add, e.g. rapport-cli add company --name &quot;Siam Hotel&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change, e.g. rapport-cli set company 12 --city Bangkok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a record and what belongs to it (a company&apos;s contacts, contracts and invoices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to delete, e.g. rapport-cli delete contact 42.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by (id)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>There is no field called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts by name, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contracts by number or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search invoices by number or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches so far; scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Use “%1” to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol in sequence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this list, as filtered and with these columns, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled; the first mail goes out as the sequence&apos;s first step says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search companies by name, city or country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type part of a company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a contract number or company name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordValidation</name>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderJob</name>
    <message>
        <source>Reminders: today&apos;s run is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders for %1: %2 queued, %3 already sent, %4 without an active template, %5 triggered enrolments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active %1 template in %2 or English: reminders such as the one for %3 are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strikethrough (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and edit the HTML that is stored and sent (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+\</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tech Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulerIndicator</name>
    <message>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scheduler now: due jobs, then the mail that is due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulerJobRegistry</name>
    <message>
        <source>reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulerStatus</name>
    <message>
        <source>Scheduler stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulerWorker</name>
    <message>
        <source>Mail is waiting, but the SMTP password is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery is paused: the SMTP server refused the login. Check the SMTP user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentCommands</name>
    <message>
        <source>Give the filter with --filter-file FILE.json (or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the filter file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the %1 id, e.g. rapport-cli segment members 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the segment a name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--visibility must be private or public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A static segment has no filter: give --static or --filter-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the segment id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sequence with --sequence ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sequence must be a sequence id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the contact ids after the segment id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print how many contacts (or companies) a filter or segment selects: the number alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the members of a filter or segment, by name, in the chosen --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a dynamic segment (its filter) or an empty static one; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the segments you can see (with --archived, archived ones too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol every member of a segment in a sequence in one go; prints each member&apos;s result (enrolled, or skipped: already_enrolled, unsubscribed, inactive, no_email) and a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a segment&apos;s members now, store the count and print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a segment into a new private one of yours; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive a segment (hidden from lists, read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contacts to a static segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contacts from a static segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a segment&apos;s members as CSV with all contact (or company) columns to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the segment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New static segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, owned by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), counted %1</source>
        <translation>
            <numerusform>%n member, counted %1</numerusform>
            <numerusform>%n members, counted %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the list and save it; then add contacts to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This segment is archived; restore it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its owner or an admin can change this segment; duplicate it to make your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rules marked in red to see who matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 by name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter has problems:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting exactly… The first %1 by name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentEnrolment</name>
    <message numerus="yes">
        <source>Enrolled %1 of %n member(s) of &quot;%2&quot; in &quot;%3&quot;.</source>
        <translation>
            <numerusform>Enrolled %1 of %n member of &quot;%2&quot; in &quot;%3&quot;.</numerusform>
            <numerusform>Enrolled %1 of %n members of &quot;%2&quot; in &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment &quot;%1&quot; is %2; only an active segment can be enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentMemberModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentService</name>
    <message>
        <source>The segment name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A static segment is a list of contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a segment called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of &quot;%1&quot; (%2) or an admin may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived; restore it before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment&apos;s type cannot change; duplicate it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is dynamic: its filter decides its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentStatus</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentType</name>
    <message>
        <source>Dynamic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentVisibility</name>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Export members to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol in sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol every member of &quot;%1&quot; in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New static list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol in sequence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the members of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n member(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; has %n member.</numerusform>
            <numerusform>&quot;%1&quot; has %n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived &quot;%1&quot;; tick &quot;Show archived&quot; to see it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the members to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active sequence with steps to enrol in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling the members of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more skipped.</source>
        <translation>
            <numerusform>… and %n more skipped.</numerusform>
            <numerusform>… and %n more skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceCommands</name>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sequence add --name N [--trigger EVENT] [--description D]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown trigger &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which sequence, e.g. rapport-cli sequence step add 3 --template 7 --days-delay 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days-delay must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step-order must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send-time must be HH:MM, e.g. 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: enrolment %1 ENROLMENT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a sequence (triggered when --trigger is given); prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step to a sequence; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a company (its billing contacts, else all active contacts) or one contact in a sequence; prints the enrolment id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause, resume or cancel an enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List sequences with their step and active enrolment counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List enrolments, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceEditor</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a step to change the order, or use Move up and Move down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3) — switched off: its steps wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceEmailStatus</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceJob</name>
    <message>
        <source>Sequences: %1 enrolled by trigger, %2 steps processed, %3 mails queued, %4 skipped, %5 completed, %6 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for a switched-off template.</source>
        <translation>
            <numerusform>%n step waits for a switched-off template.</numerusform>
            <numerusform>%n steps wait for a switched-off template.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SequenceListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceProcessor</name>
    <message>
        <source>%1 unsubscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no active, subscribed contact with an email address left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s template (id %1) no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition not met: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;, step %2: %3 Nothing was queued for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s condition has no operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s condition cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;, step %2 waits: its template &quot;%3&quot; is switched off. Switch the template on, or switch the step off to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceService</name>
    <message>
        <source>The sequence name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A triggered sequence needs its trigger event (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a triggered sequence has a trigger event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence called &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sequence with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the template the step sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delay must be from 0 to 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send time must be a time of day such as 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a contact of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsubscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no active, subscribed contact with an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the sequence &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; is switched off; switch it on to enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; has no steps yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enrolment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enrolment that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceType</name>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequencesPage</name>
    <message>
        <source>New sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create users, change their roles, deactivate them or reset passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionMenus</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: acting as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Office time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment size limit (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler interval (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email ticket updates to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mails per minute at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP connect and greeting timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP command timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP end-of-message timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsCatalogue</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a time of day such as 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known time zone (for example Asia/Bangkok).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The translation for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office (all desktops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change office settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for daily backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up this desktop&apos;s database every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first time Rapport is open on a day it copies the database to the folder below while you keep working, and deletes the oldest copies beyond the number to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s own database. An office database (postgresql://server/rapport) is used from the next start, signing in with your own username and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many failed sign-in attempts. Wait %n second and try again.</numerusform>
            <numerusform>Too many failed sign-in attempts. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the office database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your remembered password did not work; enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember my password on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file. Signing out forgets it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>The connection to %1 was lost during %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server %1 answered %2 with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server %1 did not answer %2 within %3 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server %1 sent something that is not an SMTP reply during %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server %1 does not offer STARTTLS, which the settings require; nothing was sent unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3; trust it only if your mail provider confirms that fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport does not send the SMTP password to %1 unencrypted; choose STARTTLS or TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server %1 offers no login method Rapport supports (PLAIN or LOGIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMTP server is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 needs an SMTP server with SMTPUTF8, which %2 does not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1 bytes; the SMTP server %2 accepts at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the message to %1 stalled for %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail was given up before it was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 ended after the whole message was sent but before the server confirmed it (%2); it may or may not have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpPasswordKeeper</name>
    <message>
        <source>The SMTP password could not be kept in the keychain (%1); Rapport keeps it until it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport sends mail through %1 as %2. Enter the SMTP password (it will be kept in the keychain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no keychain on this computer, so Rapport asks once each time it starts. Enter the SMTP password for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail waits in the outbox until the SMTP password is entered (Mail → SMTP settings).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSecurity</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (implicit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Send &amp;test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a server whose certificate authority is not in the system store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the SMTP settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test email went to %1; the server answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server changed since the test; send the test email again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the certificate of %1:%2 with the SHA-256 fingerprint
%3

Only do this if your mail provider or administrator confirms this exact fingerprint. Rapport will accept this one certificate for this server, and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is trusted for %1:%2. Send the test email again to check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSettingsStore</name>
    <message>
        <source>The SMTP server name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid reply-to address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid unsubscribe address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsubscribe web address must be an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit must be from 1 to 1,000,000 mails per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts must be from 1 to 1800 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 certificate fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlRun</name>
    <message>
        <source>A record with the same key already exists (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referenced record does not exist or is still in use (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarterTemplates</name>
    <message>
        <source>The starter template file %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticMembersView</name>
    <message>
        <source>Search members by name, email or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find contacts to add: name, email or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s).</source>
        <translation>
            <numerusform>Added %n contact.</numerusform>
            <numerusform>Added %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n contact(s).</source>
        <translation>
            <numerusform>Removed %n contact.</numerusform>
            <numerusform>Removed %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepCondition</name>
    <message>
        <source>Choose the field the condition tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact or company field a condition can test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the condition&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the value to compare %1 with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact or company field a condition can test; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to the field %2; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateCommands</name>
    <message>
        <source>Cannot read --%1 &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template type; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template add takes options only, e.g. --name N --type T --language L --subject S --html-file F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template add needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which template and contact, e.g. rapport-cli template render 3 --contact 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: no value for %1 for this contact; left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which template, e.g. rapport-cli template activate 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List email templates (CSV and JSON include the bodies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as list templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an email template; its {{variables}} must suit its type. Prints the new id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a template filled in for a contact: the subject, a blank line, then the HTML body (or the text body with --text-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a template active, so reminders and sequences use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a template inactive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>← Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Renewal reminder, 30 days (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active templates are used by reminders and sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Your contract {{contract_number}} ends on {{end_date}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Leave empty and the plain-text part of the mail is made from the HTML body (links are kept as &quot;text (address)&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (view only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the template, filled in as on the Preview tab, to your own email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test email was not sent. Click a problem to select it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test email was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test email queued to %1; it goes out with the next scheduler run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Search contacts by name or email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for %1: it is left empty in the mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateService</name>
    <message>
        <source>The template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template type; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template language; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template called &quot;%1&quot; already exists (names are compared ignoring case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateTestMail</name>
    <message>
        <source>A test email goes to the signed-in user; sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user account has no email address to send the test to; add one in Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateType</name>
    <message>
        <source>Renewal: 30 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal: 14 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal: 7 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal: urgent (3 days or fewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal: New Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal: Songkran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal: Chinese New Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal: Christmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone offline alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message>
        <source>at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced braces in the %1: &quot;{{&quot; %2 is never closed with &quot;}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced braces in the %1: &quot;}}&quot; %2 has no &quot;{{&quot; before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this variable is not offered by %2 templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in the %3 is not a variable: names use only letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such variable in %2 templates; pick one from the variable guide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateVariable</name>
    <message>
        <source>The customer company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name of the contact receiving the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current year (Buddhist Era in Thai templates, e.g. 2568).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link the recipient follows to stop receiving these emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender name from the office mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract&apos;s number, e.g. C-2025-001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the contract ends, written for the template&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole days from today until the contract ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract&apos;s monthly value with its currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the contract starts, written for the template&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice amount with its currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date payment is due, written for the template&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole days since the due date (0 when the invoice is not yet overdue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole days from today until the due date (0 when it is due or overdue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s number, e.g. T-20250314-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s subject line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s current status, e.g. Resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the email sequence sending this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest public message on the ticket: the reply this update is about, else the customer&apos;s original request. Internal notes never appear.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateVariables</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 with id %2 belongs to another company than the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contract with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates match. Create one with New template (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes to this template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;? Sequence steps that use it will have no template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or subject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s), %1 active</source>
        <translation>
            <numerusform>%n template, %1 active</numerusform>
            <numerusform>%n templates, %1 active</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketCategory</name>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketCommands</name>
    <message>
        <source>add ticket takes only options, e.g. --company 3 --subject &quot;No sound&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter must be all, mine, unassigned, open, urgent or overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--company must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which ticket to change, e.g. rapport-cli set ticket T-20260301-0001 --status resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one field to change, e.g. --status in_progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which ticket to delete, e.g. rapport-cli delete ticket 42.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted ticket %1 with its comments, attachments and events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rapport-cli ticket comment ID|NUMBER --text T [--internal].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rapport-cli ticket attach ID|NUMBER FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rapport-cli ticket show ID|NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a support ticket; prints its number (T-YYYYMMDD-NNNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List tickets, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a ticket; status, priority, assignee, team and due date changes are recorded as events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a ticket (its number is never given out again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a public reply (mailed to the contact) or, with --internal, an internal note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a file with a ticket (up to the attachment size limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a ticket&apos;s timeline: comments, internal notes, events and attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket statistics: totals by status and priority, my open, unassigned, overdue, average first-response and resolution hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 (%2 bytes, %3, SHA-256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the category with --category: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketFormDialog</name>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company called &quot;%1&quot;; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketListPage</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, subject or company (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new ticket (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected ticket with its comments and attachments (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets match this filter or search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets yet.
When a customer reports a problem, open a ticket to keep track of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ticket %1 “%2” with all its comments, internal notes and attachments? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketMessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>← Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files to attach them to this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note (staff only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes are never shown or mailed to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note — only staff will see this. It is not mailed to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public reply — the customer sees this and is emailed a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note for your colleagues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can only comment on your own tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1 by %2
First response: %3 (%4)
Resolved: %5 (%6)
Closed: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this ticket with its comments and attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ticket %1 “%2” with all its comments, internal notes and attachments? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the company, contact, subject, description or category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPriority</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>%1 may only change their own tickets, and %2 is not theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a ticket id nor a ticket number such as T-20260301-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company this ticket is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact must work for the ticket&apos;s company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the problem or request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignee must be a user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something before adding the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; attachments may be at most %3 MB (the attachment size limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not let %1 change %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active user with id %1 to assign the ticket to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStatisticsView</name>
    <message>
        <source>← Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTeam</name>
    <message>
        <source>Tech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTimelineModel</name>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the status from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the priority from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigned the ticket from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved the ticket from team %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the due date from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened the ticket · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied to the customer · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note by %1 · %2 · not visible to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attached a file · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, SHA-256 %3. Double-click to open; right-click to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketUpdateMail</name>
    <message>
        <source>This build has no built-in ticket_update text; activate a ticket_update template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerEvent</name>
    <message>
        <source>Contract signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days before renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days before renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Standard input could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use sales, marketing, tech_support or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the user, e.g. rapport-cli user add alice --role sales --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new user&apos;s role with --role (sales, marketing, tech_support or admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the user, e.g. rapport-cli user set alice --role marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one field to change, e.g. --role admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1; user set changes --username, --full-name, --email, --role and --is-active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rapport-cli user password USERNAME --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user (roles: sales, marketing, tech_support, admin); prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List users with their role and whether they are active (never their password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a user&apos;s details, role or whether they may sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for a user (also lifts a sign-in lockout).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserManagementPage</name>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The password must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long (at most 1024 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username may only contain letters, digits, dots, dashes, underscores and @, and be at most 64 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user called &quot;%1&quot; (usernames are compared ignoring case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has users; sign in as an administrator to add more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another user an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariableGuide</name>
    <message>
        <source>Click a variable to insert it where the cursor is, in the subject or the body. Hover for what it contains; right-click to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
