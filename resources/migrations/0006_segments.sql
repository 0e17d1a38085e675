-- Customer segments (SPEC §7): saved filters (dynamic) and hand-kept contact lists (static).
-- The filter is the versioned JSON of core/filters/FilterJson. member_count is a cache with the
-- time it was computed. owner_user_id is the users.id of the owner, 0 for the command-line tool.

CREATE TABLE segments (
    id {{id}},
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    segment_type TEXT NOT NULL DEFAULT 'dynamic',
    entity TEXT NOT NULL DEFAULT 'contact',
    filter TEXT NOT NULL,
    member_count BIGINT,
    member_count_at TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    visibility TEXT NOT NULL DEFAULT 'private',
    owner_user_id BIGINT NOT NULL DEFAULT 0,
    owner_name TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    times_used INTEGER NOT NULL DEFAULT 0,
    last_used_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- Names are unique per owner, ignoring case.
CREATE UNIQUE INDEX segments_owner_name ON segments(owner_user_id, name_key);
CREATE INDEX segments_visibility ON segments(visibility, status);

CREATE TABLE segment_members (
    segment_id BIGINT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    contact_id BIGINT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (segment_id, contact_id)
);
CREATE INDEX segment_members_contact ON segment_members(contact_id);

-- For segment filters: text rules compare lower(column) with lower(value), so the company
-- columns people filter on most are indexed by that expression (both backends accept it).
CREATE INDEX companies_country_fold ON companies(lower(country), lower(industry));
CREATE INDEX companies_industry_fold ON companies(lower(industry));
-- Contact flags next to the company id: a company-driven filter counts contacts from the index.
CREATE INDEX contacts_company_flags ON contacts(company_id, unsubscribed, is_active, language);
-- "Has an active contract ending …" probes contracts by company and status.
CREATE INDEX contracts_company_status_end ON contracts(company_id, status, end_date);
