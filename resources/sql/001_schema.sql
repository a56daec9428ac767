-- Alongside schema version 1.
-- Shared tables travel in sync files (their fields are versioned in field_version).
-- They declare no foreign keys: sync files may arrive in any order, so a note can land
-- before its person; references are kept by the write path, and erasure removes
-- children explicitly (see docs/architecture.md).
-- Local tables stay on this laptop. Derived tables (person_local, search_key, the FTS
-- tables) are kept current by triggers.

PRAGMA application_id = 1095519815;

-- ---------------------------------------------------------------- shared tables

CREATE TABLE coordinator (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    email TEXT,
    phone TEXT
);

CREATE TABLE person (
    id TEXT PRIMARY KEY NOT NULL,
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    preferred_name TEXT,
    pronouns TEXT,
    date_of_birth TEXT,
    phone TEXT,
    email TEXT,
    address TEXT,
    postcode TEXT,
    ward TEXT,
    introduced_on TEXT,
    introduced_by TEXT,
    level INTEGER,
    stage TEXT,
    coordinator_id TEXT,
    consent_on TEXT,
    consent_note TEXT,
    vision TEXT,
    review_every_months INTEGER,
    archived_on TEXT,
    archived_reason TEXT
);
-- The list's orders, covering the archived filter so paging reads only the index.
CREATE INDEX person_by_name ON person (given_name COLLATE NOCASE, family_name COLLATE NOCASE, id, archived_on);
CREATE INDEX person_by_stage ON person ((CASE stage
    WHEN 'introduced' THEN 0 WHEN 'getting_to_know' THEN 1 WHEN 'vision' THEN 2 WHEN 'planning' THEN 3
    WHEN 'connecting' THEN 4 WHEN 'reviewing' THEN 5 WHEN 'stepped_back' THEN 6 ELSE 7 END),
    given_name COLLATE NOCASE, family_name COLLATE NOCASE, id, archived_on);
CREATE INDEX person_by_coordinator ON person (coordinator_id);

CREATE TABLE profile_item (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL,
    section TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0
);
CREATE INDEX profile_item_by_person ON profile_item (person_id, section, position);

CREATE TABLE goal (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    why TEXT,
    status TEXT,
    target_on TEXT,
    achieved_on TEXT,
    position REAL NOT NULL DEFAULT 0
);
CREATE INDEX goal_by_person ON goal (person_id, position);

CREATE TABLE step (
    id TEXT PRIMARY KEY NOT NULL,
    goal_id TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    who TEXT,
    due_on TEXT,
    done_on TEXT,
    position REAL NOT NULL DEFAULT 0
);
CREATE INDEX step_by_goal ON step (goal_id, position);

CREATE TABLE supporter (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    relationship TEXT,
    circle INTEGER,
    phone TEXT,
    email TEXT,
    notes TEXT
);
CREATE INDEX supporter_by_person ON supporter (person_id);

CREATE TABLE resource (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    kind TEXT,
    description TEXT,
    address TEXT,
    postcode TEXT,
    ward TEXT,
    contact_name TEXT,
    phone TEXT,
    email TEXT,
    website TEXT,
    when_text TEXT,
    hsds_id TEXT,
    archived_on TEXT
);
CREATE INDEX resource_by_name ON resource (name COLLATE NOCASE, id);

CREATE TABLE connection (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    status TEXT,
    started_on TEXT,
    ended_on TEXT,
    notes TEXT
);
CREATE INDEX connection_by_person ON connection (person_id);
CREATE INDEX connection_by_resource ON connection (resource_id);

CREATE TABLE note (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    kind TEXT,
    minutes INTEGER,
    place TEXT,
    text TEXT NOT NULL DEFAULT '',
    author_id TEXT
);
CREATE INDEX note_by_person ON note (person_id, occurred_at DESC);

CREATE TABLE wellbeing (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL,
    taken_on TEXT NOT NULL,
    satisfied INTEGER,
    worthwhile INTEGER,
    happy INTEGER,
    anxious INTEGER
);
CREATE INDEX wellbeing_by_person ON wellbeing (person_id, taken_on);

CREATE TABLE outcome (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    kind TEXT,
    story TEXT,
    likely_without TEXT
);
CREATE INDEX outcome_by_person ON outcome (person_id, occurred_on);

CREATE TABLE review (
    id TEXT PRIMARY KEY NOT NULL,
    person_id TEXT NOT NULL,
    due_on TEXT NOT NULL,
    done_on TEXT,
    notes TEXT
);
CREATE INDEX review_by_person ON review (person_id, due_on);
CREATE INDEX review_by_due ON review (due_on) WHERE done_on IS NULL;

-- ---------------------------------------------------------------- sync tables

-- The current version of each field (field '*' stands for every field of a new row).
-- seen: the versions the writer had in view, as 'site:hlc' pairs, one per other laptop
-- (see docs/sync-format.md); a version supersedes every version it has seen.
CREATE TABLE field_version (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    site TEXT NOT NULL,
    seen TEXT,
    seq INTEGER NOT NULL,
    PRIMARY KEY (table_name, row_id, field)
) WITHOUT ROWID;
CREATE INDEX field_version_by_seq ON field_version (seq);
CREATE INDEX field_version_by_row ON field_version (row_id);

-- Erased rows: exported for ever, and any later-arriving version for them is dropped.
CREATE TABLE purge (
    table_name TEXT NOT NULL,
    row_id TEXT PRIMARY KEY NOT NULL,
    hlc INTEGER NOT NULL,
    site TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE INDEX purge_by_seq ON purge (seq);

-- Values written concurrently with the current one and overwritten by it: kept, shown
-- to the coordinator, and exported like any version until an edit supersedes them.
-- value has no declared type so numbers stay numbers.
CREATE TABLE conflict (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value,
    hlc INTEGER NOT NULL,
    site TEXT NOT NULL,
    seen TEXT,
    seq INTEGER NOT NULL,
    found_at TEXT NOT NULL,
    UNIQUE (table_name, row_id, field, hlc, site)
);
CREATE INDEX conflict_by_row ON conflict (row_id);
CREATE INDEX conflict_by_seq ON conflict (seq);

-- Field versions that arrived before the row they belong to (files imported out of
-- order); merged as soon as the row arrives.
CREATE TABLE pending_version (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value,
    hlc INTEGER NOT NULL,
    site TEXT NOT NULL,
    seen TEXT,
    PRIMARY KEY (row_id, field, hlc, site)
) WITHOUT ROWID;

-- ---------------------------------------------------------------- local tables

CREATE TABLE local_site (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    site_id TEXT NOT NULL,
    laptop_name TEXT NOT NULL,
    coordinator_id TEXT,
    team_id TEXT,
    team_name TEXT,
    machine_id TEXT NOT NULL,
    hlc INTEGER NOT NULL DEFAULT 0,
    seq INTEGER NOT NULL DEFAULT 0,
    export_seq INTEGER NOT NULL DEFAULT 0,
    exported_through INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE draft (
    key TEXT PRIMARY KEY NOT NULL,
    content TEXT NOT NULL,
    saved_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT
);

CREATE TABLE imported_bundle (
    export_id TEXT PRIMARY KEY NOT NULL,
    site TEXT NOT NULL,
    seq_from INTEGER NOT NULL,
    seq_to INTEGER NOT NULL,
    file_name TEXT,
    imported_at TEXT NOT NULL
);

-- Every laptop this one has heard of, so conflicts can say who wrote what, and where.
CREATE TABLE known_site (
    site_id TEXT PRIMARY KEY NOT NULL,
    laptop_name TEXT NOT NULL,
    coordinator_name TEXT,
    last_seq INTEGER NOT NULL DEFAULT 0,
    last_import_at TEXT
);

CREATE TABLE setting (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

-- ---------------------------------------------------------------- derived tables

-- One row per person: a stable integer key for the people search index and the date
-- of the most recent note, so the people list can sort by last contact in SQL.
CREATE TABLE person_local (
    key INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL UNIQUE,
    last_contact_at TEXT
);
CREATE INDEX person_local_by_contact ON person_local (last_contact_at);

-- People search: names and contact details.
CREATE VIRTUAL TABLE person_search USING fts5 (
    names, contact,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Everything else a coordinator may search: notes, goals, steps, profile items,
-- supporters and the community directory. search_key gives each row a stable rowid.
CREATE TABLE search_key (
    key INTEGER PRIMARY KEY,
    row_id TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE search USING fts5 (
    kind UNINDEXED, row_id UNINDEXED, person_id UNINDEXED, body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER person_after_insert AFTER INSERT ON person BEGIN
    -- Notes can arrive from another laptop before their person.
    INSERT INTO person_local (person_id, last_contact_at)
    VALUES (new.id, (SELECT max(occurred_at) FROM note WHERE person_id = new.id));
    INSERT INTO person_search (rowid, names, contact)
    VALUES ((SELECT key FROM person_local WHERE person_id = new.id),
            trim(ifnull(new.given_name, '') || ' ' || ifnull(new.family_name, '') || ' ' || ifnull(new.preferred_name, '')),
            trim(ifnull(new.phone, '') || ' ' || ifnull(new.email, '') || ' ' || ifnull(new.address, '') || ' ' || ifnull(new.postcode, '') || ' ' || ifnull(new.ward, '')));
END;
CREATE TRIGGER person_after_update AFTER UPDATE OF given_name, family_name, preferred_name, phone, email,
    address, postcode, ward ON person BEGIN
    DELETE FROM person_search WHERE rowid = (SELECT key FROM person_local WHERE person_id = old.id);
    INSERT INTO person_search (rowid, names, contact)
    VALUES ((SELECT key FROM person_local WHERE person_id = new.id),
            trim(ifnull(new.given_name, '') || ' ' || ifnull(new.family_name, '') || ' ' || ifnull(new.preferred_name, '')),
            trim(ifnull(new.phone, '') || ' ' || ifnull(new.email, '') || ' ' || ifnull(new.address, '') || ' ' || ifnull(new.postcode, '') || ' ' || ifnull(new.ward, '')));
END;
CREATE TRIGGER person_after_delete AFTER DELETE ON person BEGIN
    DELETE FROM person_search WHERE rowid = (SELECT key FROM person_local WHERE person_id = old.id);
    DELETE FROM person_local WHERE person_id = old.id;
END;

CREATE TRIGGER note_after_insert AFTER INSERT ON note BEGIN
    UPDATE person_local SET last_contact_at = new.occurred_at
    WHERE person_id = new.person_id AND (last_contact_at IS NULL OR last_contact_at < new.occurred_at);
    INSERT INTO search_key (row_id) VALUES (new.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    VALUES ((SELECT key FROM search_key WHERE row_id = new.id), 'note', new.id, new.person_id,
            trim(ifnull(new.place, '') || ' ' || ifnull(new.text, '')));
END;
CREATE TRIGGER note_after_update AFTER UPDATE OF occurred_at, place, text, person_id ON note BEGIN
    UPDATE person_local SET last_contact_at = (SELECT max(occurred_at) FROM note WHERE person_id = old.person_id)
    WHERE person_id = old.person_id;
    UPDATE person_local SET last_contact_at = (SELECT max(occurred_at) FROM note WHERE person_id = new.person_id)
    WHERE person_id = new.person_id;
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    VALUES ((SELECT key FROM search_key WHERE row_id = new.id), 'note', new.id, new.person_id,
            trim(ifnull(new.place, '') || ' ' || ifnull(new.text, '')));
END;
CREATE TRIGGER note_after_delete AFTER DELETE ON note BEGIN
    UPDATE person_local SET last_contact_at = (SELECT max(occurred_at) FROM note WHERE person_id = old.person_id)
    WHERE person_id = old.person_id;
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    DELETE FROM search_key WHERE row_id = old.id;
END;

CREATE TRIGGER goal_after_insert AFTER INSERT ON goal BEGIN
    -- Steps that arrived before their goal (by rowid: a search by column would scan).
    UPDATE search SET person_id = new.person_id
    WHERE rowid IN (SELECT k.key FROM step s JOIN search_key k ON k.row_id = s.id WHERE s.goal_id = new.id);
    INSERT INTO search_key (row_id) VALUES (new.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    VALUES ((SELECT key FROM search_key WHERE row_id = new.id), 'goal', new.id, new.person_id, ifnull(new.title, '') || ' ' || ifnull(new.why, ''));
END;
CREATE TRIGGER goal_after_update AFTER UPDATE OF title, why, person_id ON goal BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    VALUES ((SELECT key FROM search_key WHERE row_id = new.id), 'goal', new.id, new.person_id, ifnull(new.title, '') || ' ' || ifnull(new.why, ''));
END;
CREATE TRIGGER goal_after_delete AFTER DELETE ON goal BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    DELETE FROM search_key WHERE row_id = old.id;
END;
CREATE TRIGGER step_after_insert AFTER INSERT ON step BEGIN
    INSERT INTO search_key (row_id) VALUES (new.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    VALUES ((SELECT key FROM search_key WHERE row_id = new.id), 'step', new.id, (SELECT person_id FROM goal WHERE id = new.goal_id), ifnull(new.text, '') || ' ' || ifnull(new.who, ''));
END;
CREATE TRIGGER step_after_update AFTER UPDATE OF text, who, goal_id ON step BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    VALUES ((SELECT key FROM search_key WHERE row_id = new.id), 'step', new.id, (SELECT person_id FROM goal WHERE id = new.goal_id), ifnull(new.text, '') || ' ' || ifnull(new.who, ''));
END;
CREATE TRIGGER step_after_delete AFTER DELETE ON step BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    DELETE FROM search_key WHERE row_id = old.id;
END;
CREATE TRIGGER profile_item_after_insert AFTER INSERT ON profile_item BEGIN
    INSERT INTO search_key (row_id) VALUES (new.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    VALUES ((SELECT key FROM search_key WHERE row_id = new.id), 'profile_item', new.id, new.person_id, ifnull(new.text, ''));
END;
CREATE TRIGGER profile_item_after_update AFTER UPDATE OF text, person_id ON profile_item BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    VALUES ((SELECT key FROM search_key WHERE row_id = new.id), 'profile_item', new.id, new.person_id, ifnull(new.text, ''));
END;
CREATE TRIGGER profile_item_after_delete AFTER DELETE ON profile_item BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    DELETE FROM search_key WHERE row_id = old.id;
END;
CREATE TRIGGER supporter_after_insert AFTER INSERT ON supporter BEGIN
    INSERT INTO search_key (row_id) VALUES (new.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    VALUES ((SELECT key FROM search_key WHERE row_id = new.id), 'supporter', new.id, new.person_id, ifnull(new.name, '') || ' ' || ifnull(new.relationship, '') || ' ' || ifnull(new.notes, ''));
END;
CREATE TRIGGER supporter_after_update AFTER UPDATE OF name, relationship, notes, person_id ON supporter BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    VALUES ((SELECT key FROM search_key WHERE row_id = new.id), 'supporter', new.id, new.person_id, ifnull(new.name, '') || ' ' || ifnull(new.relationship, '') || ' ' || ifnull(new.notes, ''));
END;
CREATE TRIGGER supporter_after_delete AFTER DELETE ON supporter BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    DELETE FROM search_key WHERE row_id = old.id;
END;
CREATE TRIGGER resource_after_insert AFTER INSERT ON resource BEGIN
    INSERT INTO search_key (row_id) VALUES (new.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    VALUES ((SELECT key FROM search_key WHERE row_id = new.id), 'resource', new.id, NULL, ifnull(new.name, '') || ' ' || ifnull(new.description, '') || ' ' || ifnull(new.address, '') || ' ' || ifnull(new.postcode, '') || ' ' || ifnull(new.ward, '') || ' ' || ifnull(new.contact_name, '') || ' ' || ifnull(new.when_text, ''));
END;
CREATE TRIGGER resource_after_update AFTER UPDATE OF name, description, address, postcode, ward, contact_name, when_text ON resource BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    VALUES ((SELECT key FROM search_key WHERE row_id = new.id), 'resource', new.id, NULL, ifnull(new.name, '') || ' ' || ifnull(new.description, '') || ' ' || ifnull(new.address, '') || ' ' || ifnull(new.postcode, '') || ' ' || ifnull(new.ward, '') || ' ' || ifnull(new.contact_name, '') || ' ' || ifnull(new.when_text, ''));
END;
CREATE TRIGGER resource_after_delete AFTER DELETE ON resource BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    DELETE FROM search_key WHERE row_id = old.id;
END;
