-- Search as you type on big lists. A LIKE '%term%' cannot use a b-tree index, so a rare term
-- scanned every row (about 1.3 s on 500,000 contacts). SQLite's FTS5 trigram tokenizer indexes
-- every three-character substring, which answers the same substring question from the index for
-- terms of three characters or more (RecordSearch falls back to LIKE for shorter ones).
-- External-content tables: the text stays in the record tables; triggers keep the index in step.
-- PostgreSQL keeps searching with LIKE (no section for it here).

-- begin sqlite only
CREATE VIRTUAL TABLE contacts_search USING fts5(
    name_key, email_key, phone, content = 'contacts', content_rowid = 'id', tokenize = 'trigram');

CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_search (rowid, name_key, email_key, phone)
    VALUES (new.id, new.name_key, new.email_key, new.phone);
END;

CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_search (contacts_search, rowid, name_key, email_key, phone)
    VALUES ('delete', old.id, old.name_key, old.email_key, old.phone);
END;

CREATE TRIGGER contacts_search_update AFTER UPDATE OF name_key, email_key, phone ON contacts BEGIN
    INSERT INTO contacts_search (contacts_search, rowid, name_key, email_key, phone)
    VALUES ('delete', old.id, old.name_key, old.email_key, old.phone);
    INSERT INTO contacts_search (rowid, name_key, email_key, phone)
    VALUES (new.id, new.name_key, new.email_key, new.phone);
END;

INSERT INTO contacts_search (contacts_search) VALUES ('rebuild');

CREATE VIRTUAL TABLE companies_search USING fts5(
    name_key, city, country, content = 'companies', content_rowid = 'id', tokenize = 'trigram');

CREATE TRIGGER companies_search_insert AFTER INSERT ON companies BEGIN
    INSERT INTO companies_search (rowid, name_key, city, country)
    VALUES (new.id, new.name_key, new.city, new.country);
END;

CREATE TRIGGER companies_search_delete AFTER DELETE ON companies BEGIN
    INSERT INTO companies_search (companies_search, rowid, name_key, city, country)
    VALUES ('delete', old.id, old.name_key, old.city, old.country);
END;

CREATE TRIGGER companies_search_update AFTER UPDATE OF name_key, city, country ON companies BEGIN
    INSERT INTO companies_search (companies_search, rowid, name_key, city, country)
    VALUES ('delete', old.id, old.name_key, old.city, old.country);
    INSERT INTO companies_search (rowid, name_key, city, country)
    VALUES (new.id, new.name_key, new.city, new.country);
END;

INSERT INTO companies_search (companies_search) VALUES ('rebuild');
-- end sqlite only
