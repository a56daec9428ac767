-- A lean file. Every shared row gets a stable integer key, its table's INTEGER PRIMARY
-- KEY (the rowid it always had, now named and kept through VACUUM), numbered from
-- table code << 40 by AUTOINCREMENT so that keys are unique across tables and never
-- reused. The text id stays, unique, for sync and for every reference between rows.
--
-- Field versions are keyed by that integer and a site code instead of three B-trees of
-- text ids and site ids; the old shape stays readable as the view field_version. The
-- search indexes keep no copy of what they index: their content is read through views
-- over the shared rows (FTS5 external content), so the triggers below tell them each
-- change with the old values, and a resource's rename re-indexes its connections.
--
-- Views and triggers on the shared tables are dropped here and made again below.
DROP VIEW review_next;
DROP TRIGGER connection_after_delete;
DROP TRIGGER connection_after_insert;
DROP TRIGGER connection_after_update;
DROP TRIGGER goal_after_delete;
DROP TRIGGER goal_after_insert;
DROP TRIGGER goal_after_update;
DROP TRIGGER note_after_delete;
DROP TRIGGER note_after_insert;
DROP TRIGGER note_after_update;
DROP TRIGGER person_after_delete;
DROP TRIGGER person_after_insert;
DROP TRIGGER person_after_update;
DROP TRIGGER person_list_after_archive;
DROP TRIGGER review_next_after_person_update;
DROP TRIGGER profile_item_after_delete;
DROP TRIGGER profile_item_after_insert;
DROP TRIGGER profile_item_after_update;
DROP TRIGGER resource_after_delete;
DROP TRIGGER resource_after_insert;
DROP TRIGGER resource_after_update;
DROP TRIGGER review_next_after_delete;
DROP TRIGGER review_next_after_insert;
DROP TRIGGER review_next_after_update;
DROP TRIGGER step_after_delete;
DROP TRIGGER step_after_insert;
DROP TRIGGER step_after_update;
DROP TRIGGER supporter_after_delete;
DROP TRIGGER supporter_after_insert;
DROP TRIGGER supporter_after_update;
DROP TABLE search;
DROP TABLE person_search;
DROP TABLE search_key;

-- ---------------------------------------------------------------- shared tables, keyed

CREATE TABLE coordinator_keyed (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    email TEXT,
    phone TEXT
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('coordinator_keyed', 1 << 40);
INSERT INTO coordinator_keyed (id, name, email, phone)
SELECT id, name, email, phone FROM coordinator ORDER BY rowid;
DROP TABLE coordinator;
ALTER TABLE coordinator_keyed RENAME TO coordinator;

CREATE TABLE resource_keyed (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
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
    archived_on TEXT,
    removed_at TEXT
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('resource_keyed', 2 << 40);
INSERT INTO resource_keyed (id, name, kind, description, address, postcode, ward, contact_name, phone, email, website, when_text, hsds_id, archived_on, removed_at)
SELECT id, name, kind, description, address, postcode, ward, contact_name, phone, email, website, when_text, hsds_id, archived_on, removed_at FROM resource ORDER BY rowid;
DROP TABLE resource;
ALTER TABLE resource_keyed RENAME TO resource;

CREATE TABLE person_keyed (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
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
INSERT INTO sqlite_sequence (name, seq) VALUES ('person_keyed', 3 << 40);
INSERT INTO person_keyed (id, given_name, family_name, preferred_name, pronouns, date_of_birth, phone, email, address, postcode, ward, introduced_on, introduced_by, level, stage, coordinator_id, consent_on, consent_note, vision, review_every_months, archived_on, archived_reason)
SELECT id, given_name, family_name, preferred_name, pronouns, date_of_birth, phone, email, address, postcode, ward, introduced_on, introduced_by, level, stage, coordinator_id, consent_on, consent_note, vision, review_every_months, archived_on, archived_reason FROM person ORDER BY rowid;
DROP TABLE person;
ALTER TABLE person_keyed RENAME TO person;

CREATE TABLE goal_keyed (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    why TEXT,
    status TEXT,
    target_on TEXT,
    achieved_on TEXT,
    position REAL NOT NULL DEFAULT 0,
    removed_at TEXT
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('goal_keyed', 4 << 40);
INSERT INTO goal_keyed (id, person_id, title, why, status, target_on, achieved_on, position, removed_at)
SELECT id, person_id, title, why, status, target_on, achieved_on, position, removed_at FROM goal ORDER BY rowid;
DROP TABLE goal;
ALTER TABLE goal_keyed RENAME TO goal;

CREATE TABLE step_keyed (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    goal_id TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    who TEXT,
    due_on TEXT,
    done_on TEXT,
    position REAL NOT NULL DEFAULT 0,
    removed_at TEXT
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('step_keyed', 5 << 40);
INSERT INTO step_keyed (id, goal_id, text, who, due_on, done_on, position, removed_at)
SELECT id, goal_id, text, who, due_on, done_on, position, removed_at FROM step ORDER BY rowid;
DROP TABLE step;
ALTER TABLE step_keyed RENAME TO step;

CREATE TABLE profile_item_keyed (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL,
    section TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0,
    removed_at TEXT
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('profile_item_keyed', 6 << 40);
INSERT INTO profile_item_keyed (id, person_id, section, text, position, removed_at)
SELECT id, person_id, section, text, position, removed_at FROM profile_item ORDER BY rowid;
DROP TABLE profile_item;
ALTER TABLE profile_item_keyed RENAME TO profile_item;

CREATE TABLE supporter_keyed (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    relationship TEXT,
    circle INTEGER,
    phone TEXT,
    email TEXT,
    notes TEXT,
    removed_at TEXT
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('supporter_keyed', 7 << 40);
INSERT INTO supporter_keyed (id, person_id, name, relationship, circle, phone, email, notes, removed_at)
SELECT id, person_id, name, relationship, circle, phone, email, notes, removed_at FROM supporter ORDER BY rowid;
DROP TABLE supporter;
ALTER TABLE supporter_keyed RENAME TO supporter;

CREATE TABLE connection_keyed (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    status TEXT,
    started_on TEXT,
    ended_on TEXT,
    notes TEXT,
    contribution TEXT,
    removed_at TEXT
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('connection_keyed', 8 << 40);
INSERT INTO connection_keyed (id, person_id, resource_id, status, started_on, ended_on, notes, contribution, removed_at)
SELECT id, person_id, resource_id, status, started_on, ended_on, notes, contribution, removed_at FROM connection ORDER BY rowid;
DROP TABLE connection;
ALTER TABLE connection_keyed RENAME TO connection;

CREATE TABLE note_keyed (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    kind TEXT,
    minutes INTEGER,
    place TEXT,
    text TEXT NOT NULL DEFAULT '',
    author_id TEXT,
    removed_at TEXT
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('note_keyed', 9 << 40);
INSERT INTO note_keyed (id, person_id, occurred_at, kind, minutes, place, text, author_id, removed_at)
SELECT id, person_id, occurred_at, kind, minutes, place, text, author_id, removed_at FROM note ORDER BY rowid;
DROP TABLE note;
ALTER TABLE note_keyed RENAME TO note;

CREATE TABLE wellbeing_keyed (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL,
    taken_on TEXT NOT NULL,
    satisfied INTEGER,
    worthwhile INTEGER,
    happy INTEGER,
    anxious INTEGER,
    removed_at TEXT
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('wellbeing_keyed', 10 << 40);
INSERT INTO wellbeing_keyed (id, person_id, taken_on, satisfied, worthwhile, happy, anxious, removed_at)
SELECT id, person_id, taken_on, satisfied, worthwhile, happy, anxious, removed_at FROM wellbeing ORDER BY rowid;
DROP TABLE wellbeing;
ALTER TABLE wellbeing_keyed RENAME TO wellbeing;

CREATE TABLE outcome_keyed (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    kind TEXT,
    story TEXT,
    likely_without TEXT,
    removed_at TEXT
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('outcome_keyed', 11 << 40);
INSERT INTO outcome_keyed (id, person_id, occurred_on, kind, story, likely_without, removed_at)
SELECT id, person_id, occurred_on, kind, story, likely_without, removed_at FROM outcome ORDER BY rowid;
DROP TABLE outcome;
ALTER TABLE outcome_keyed RENAME TO outcome;

CREATE TABLE review_keyed (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL,
    due_on TEXT NOT NULL,
    done_on TEXT,
    notes TEXT,
    removed_at TEXT
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('review_keyed', 12 << 40);
INSERT INTO review_keyed (id, person_id, due_on, done_on, notes, removed_at)
SELECT id, person_id, due_on, done_on, notes, removed_at FROM review ORDER BY rowid;
DROP TABLE review;
ALTER TABLE review_keyed RENAME TO review;
CREATE INDEX person_by_name ON person (given_name COLLATE NOCASE, family_name COLLATE NOCASE, id, archived_on);
CREATE INDEX person_by_stage ON person ((CASE stage
    WHEN 'introduced' THEN 0 WHEN 'getting_to_know' THEN 1 WHEN 'vision' THEN 2 WHEN 'planning' THEN 3
    WHEN 'connecting' THEN 4 WHEN 'reviewing' THEN 5 WHEN 'stepped_back' THEN 6 ELSE 7 END),
    given_name COLLATE NOCASE, family_name COLLATE NOCASE, id, archived_on);
CREATE INDEX person_by_coordinator ON person (coordinator_id);
CREATE INDEX profile_item_by_person ON profile_item (person_id, section, position);
CREATE INDEX goal_by_person ON goal (person_id, position);
CREATE INDEX step_by_goal ON step (goal_id, position);
CREATE INDEX supporter_by_person ON supporter (person_id);
CREATE INDEX resource_by_name ON resource (name COLLATE NOCASE, id);
CREATE INDEX connection_by_person ON connection (person_id);
CREATE INDEX connection_by_resource ON connection (resource_id);
CREATE INDEX note_by_person ON note (person_id, occurred_at DESC);
CREATE INDEX wellbeing_by_person ON wellbeing (person_id, taken_on);
CREATE INDEX outcome_by_person ON outcome (person_id, occurred_on);
CREATE INDEX review_by_person ON review (person_id, due_on);
CREATE INDEX review_by_due ON review (due_on) WHERE done_on IS NULL;
CREATE INDEX review_open_by_person ON review (person_id, due_on, id) WHERE done_on IS NULL AND removed_at IS NULL;
CREATE INDEX review_held_by_person ON review (person_id, done_on) WHERE done_on IS NOT NULL AND removed_at IS NULL;

-- Every shared row by table, key and id: which table an id is in, in one place.
CREATE VIEW shared_row (table_name, key, id) AS
SELECT 'coordinator', key, id FROM coordinator
UNION ALL SELECT 'resource', key, id FROM resource
UNION ALL SELECT 'person', key, id FROM person
UNION ALL SELECT 'goal', key, id FROM goal
UNION ALL SELECT 'step', key, id FROM step
UNION ALL SELECT 'profile_item', key, id FROM profile_item
UNION ALL SELECT 'supporter', key, id FROM supporter
UNION ALL SELECT 'connection', key, id FROM connection
UNION ALL SELECT 'note', key, id FROM note
UNION ALL SELECT 'wellbeing', key, id FROM wellbeing
UNION ALL SELECT 'outcome', key, id FROM outcome
UNION ALL SELECT 'review', key, id FROM review;

-- ---------------------------------------------------------------- versions, keyed

-- Each site that wrote a version, by a small code.
CREATE TABLE version_site (
    code INTEGER PRIMARY KEY,
    site_id TEXT NOT NULL UNIQUE
);
-- The current version of each field of a shared row (field '*' for the row's creation):
-- key is the row's key; site a version_site code. One B-tree for the row's versions,
-- one index for export in write order.
CREATE TABLE version (
    key INTEGER NOT NULL,
    field TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    site INTEGER NOT NULL,
    seen TEXT,
    seq INTEGER NOT NULL,
    PRIMARY KEY (key, field)
) WITHOUT ROWID;
CREATE INDEX version_by_seq ON version (seq);

INSERT INTO version_site (site_id) SELECT DISTINCT site FROM field_version ORDER BY site;
INSERT INTO version (key, field, hlc, site, seen, seq)
SELECT r.key, v.field, v.hlc, s.code, v.seen, v.seq
FROM field_version v JOIN shared_row r ON r.table_name = v.table_name AND r.id = v.row_id
JOIN version_site s ON s.site_id = v.site
ORDER BY r.key, v.field;
DROP TABLE field_version;

-- The versions as they were stored before, for reading by hand.
CREATE VIEW field_version (table_name, row_id, field, hlc, site, seen, seq) AS
SELECT r.table_name, r.id, v.field, v.hlc, s.site_id, v.seen, v.seq
FROM version v JOIN shared_row r ON r.key = v.key JOIN version_site s ON s.code = v.site;

-- ---------------------------------------------------------------- search, without copies

-- What the people search indexes, read by key.
CREATE VIEW person_search_content (key, names, contact) AS
SELECT l.key,
       trim(ifnull(p.given_name, '') || ' ' || ifnull(p.family_name, '') || ' ' || ifnull(p.preferred_name, '')),
       trim(ifnull(p.phone, '') || ' ' || ifnull(p.email, '') || ' ' || ifnull(p.address, '') || ' ' || ifnull(p.postcode, '') || ' ' || ifnull(p.ward, ''))
FROM person_local l JOIN person p ON p.id = l.person_id;
CREATE VIRTUAL TABLE person_search USING fts5 (
    names, contact,
    content = 'person_search_content', content_rowid = 'key',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Everything else a coordinator may search, each row by its own key; removed rows are
-- left out. A step reaches its person through its goal; a connection is found by its
-- resource's name too.
CREATE VIEW search_content (key, kind, row_id, person_id, body) AS
SELECT key, 'note', id, person_id, trim(ifnull(place, '') || ' ' || ifnull(text, '')) FROM note WHERE removed_at IS NULL
UNION ALL
SELECT key, 'goal', id, person_id, ifnull(title, '') || ' ' || ifnull(why, '') FROM goal WHERE removed_at IS NULL
UNION ALL
SELECT s.key, 'step', s.id, (SELECT g.person_id FROM goal g WHERE g.id = s.goal_id), ifnull(s.text, '') || ' ' || ifnull(s.who, '')
FROM step s WHERE s.removed_at IS NULL
UNION ALL
SELECT key, 'profile_item', id, person_id, ifnull(text, '') FROM profile_item WHERE removed_at IS NULL
UNION ALL
SELECT key, 'supporter', id, person_id, ifnull(name, '') || ' ' || ifnull(relationship, '') || ' ' || ifnull(notes, '')
FROM supporter WHERE removed_at IS NULL
UNION ALL
SELECT key, 'resource', id, NULL,
       ifnull(name, '') || ' ' || ifnull(description, '') || ' ' || ifnull(address, '') || ' ' || ifnull(postcode, '') || ' ' || ifnull(ward, '') || ' ' || ifnull(contact_name, '') || ' ' || ifnull(when_text, '')
FROM resource WHERE removed_at IS NULL
UNION ALL
SELECT c.key, 'connection', c.id, c.person_id,
       ifnull((SELECT r.name FROM resource r WHERE r.id = c.resource_id), '') || ' ' || ifnull(c.notes, '') || ' ' || ifnull(c.contribution, '')
FROM connection c WHERE c.removed_at IS NULL;
CREATE VIRTUAL TABLE search USING fts5 (
    kind UNINDEXED, row_id UNINDEXED, person_id UNINDEXED, body,
    content = 'search_content', content_rowid = 'key',
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO person_search (person_search) VALUES ('rebuild');
INSERT INTO search (search) VALUES ('rebuild');
INSERT INTO person_search (person_search, rank) VALUES ('secure-delete', 1);
INSERT INTO search (search, rank) VALUES ('secure-delete', 1);
-- Every statement that writes the index inside a transaction flushes its own small
-- segment (FTS5 flushes at each savepoint), and FTS5's incremental merging then works
-- on the big segments after each one: a note saved into a 50,000-person caseload cost
-- three times one saved into 500. Segments are merged only when sixteen gather on a
-- level (crisismerge), so the work a write does no longer grows with the index.
INSERT INTO search (search, rank) VALUES ('automerge', 0);

-- What the triggers below keep (person_local and the search indexes) can be paused for a
-- large import inside its transaction and rebuilt in bulk before it commits
-- (DerivedTables::rebuild): a row in derived_paused pauses them. Local, never exported.
CREATE TABLE derived_paused (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1)
);

-- ---------------------------------------------------------------- triggers

CREATE VIEW review_next AS
SELECT p.id AS person_id,
       (SELECT r.id FROM review r WHERE r.person_id = p.id AND r.done_on IS NULL AND r.removed_at IS NULL
        ORDER BY r.due_on, r.id LIMIT 1) AS review_id,
       CASE WHEN p.archived_on IS NOT NULL THEN NULL ELSE coalesce(
           (SELECT min(r.due_on) FROM review r WHERE r.person_id = p.id AND r.done_on IS NULL AND r.removed_at IS NULL),
           (SELECT CASE WHEN p.review_every_months > 0 THEN
                min(date(f.d, '+' || p.review_every_months || ' months'),
                    date(f.d, 'start of month', '+' || (p.review_every_months + 1) || ' months', '-1 day')) END
            FROM (SELECT coalesce(
                      date((SELECT max(h.done_on) FROM review h WHERE h.person_id = p.id AND h.done_on IS NOT NULL
                            AND h.removed_at IS NULL)),
                      date(p.introduced_on)) AS d) f)) END AS due_on
FROM person p;

CREATE TRIGGER person_after_insert AFTER INSERT ON person
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    -- Notes and reviews can arrive from another laptop before their person.
    INSERT INTO person_local (person_id, last_contact_at, name, given_name, family_name, archived_on)
    VALUES (new.id, (SELECT max(occurred_at) FROM note WHERE person_id = new.id AND removed_at IS NULL),
            trim(ifnull(new.given_name, '') || ' ' || ifnull(new.family_name, '')),
            ifnull(new.given_name, ''), ifnull(new.family_name, ''), new.archived_on);
    INSERT INTO person_search (rowid, names, contact)
    VALUES ((SELECT key FROM person_local WHERE person_id = new.id),
            trim(ifnull(new.given_name, '') || ' ' || ifnull(new.family_name, '') || ' ' || ifnull(new.preferred_name, '')),
            trim(ifnull(new.phone, '') || ' ' || ifnull(new.email, '') || ' ' || ifnull(new.address, '') || ' ' || ifnull(new.postcode, '') || ' ' || ifnull(new.ward, '')));
    UPDATE person_local SET (next_review_on, next_review_id) =
        (SELECT n.due_on, CASE WHEN n.due_on IS NULL THEN NULL ELSE n.review_id END FROM review_next n WHERE n.person_id = new.id)
    WHERE person_id = new.id;
END;
CREATE TRIGGER person_after_update AFTER UPDATE OF given_name, family_name, preferred_name, phone, email,
    address, postcode, ward ON person
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO person_search (person_search, rowid, names, contact)
    VALUES ('delete', (SELECT key FROM person_local WHERE person_id = old.id),
            trim(ifnull(old.given_name, '') || ' ' || ifnull(old.family_name, '') || ' ' || ifnull(old.preferred_name, '')),
            trim(ifnull(old.phone, '') || ' ' || ifnull(old.email, '') || ' ' || ifnull(old.address, '') || ' ' || ifnull(old.postcode, '') || ' ' || ifnull(old.ward, '')));
    INSERT INTO person_search (rowid, names, contact)
    VALUES ((SELECT key FROM person_local WHERE person_id = new.id),
            trim(ifnull(new.given_name, '') || ' ' || ifnull(new.family_name, '') || ' ' || ifnull(new.preferred_name, '')),
            trim(ifnull(new.phone, '') || ' ' || ifnull(new.email, '') || ' ' || ifnull(new.address, '') || ' ' || ifnull(new.postcode, '') || ' ' || ifnull(new.ward, '')));
    UPDATE person_local SET name = trim(ifnull(new.given_name, '') || ' ' || ifnull(new.family_name, '')),
                            given_name = ifnull(new.given_name, ''), family_name = ifnull(new.family_name, '')
    WHERE person_id = new.id;
END;
CREATE TRIGGER person_after_delete AFTER DELETE ON person
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO person_search (person_search, rowid, names, contact)
    VALUES ('delete', (SELECT key FROM person_local WHERE person_id = old.id),
            trim(ifnull(old.given_name, '') || ' ' || ifnull(old.family_name, '') || ' ' || ifnull(old.preferred_name, '')),
            trim(ifnull(old.phone, '') || ' ' || ifnull(old.email, '') || ' ' || ifnull(old.address, '') || ' ' || ifnull(old.postcode, '') || ' ' || ifnull(old.ward, '')));
    DELETE FROM person_local WHERE person_id = old.id;
END;
CREATE TRIGGER person_list_after_archive AFTER UPDATE OF archived_on ON person
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    UPDATE person_local SET archived_on = new.archived_on WHERE person_id = new.id;
END;
CREATE TRIGGER review_next_after_person_update AFTER UPDATE OF introduced_on, review_every_months, archived_on ON person
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    UPDATE person_local SET (next_review_on, next_review_id) =
        (SELECT n.due_on, CASE WHEN n.due_on IS NULL THEN NULL ELSE n.review_id END FROM review_next n WHERE n.person_id = new.id)
    WHERE person_id = new.id;
END;

CREATE TRIGGER review_next_after_insert AFTER INSERT ON review
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    UPDATE person_local SET (next_review_on, next_review_id) =
        (SELECT n.due_on, CASE WHEN n.due_on IS NULL THEN NULL ELSE n.review_id END FROM review_next n WHERE n.person_id = new.person_id)
    WHERE person_id = new.person_id;
END;
CREATE TRIGGER review_next_after_update AFTER UPDATE OF person_id, due_on, done_on, removed_at ON review
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    UPDATE person_local SET (next_review_on, next_review_id) =
        (SELECT n.due_on, CASE WHEN n.due_on IS NULL THEN NULL ELSE n.review_id END FROM review_next n WHERE n.person_id = person_local.person_id)
    WHERE person_id IN (old.person_id, new.person_id);
END;
CREATE TRIGGER review_next_after_delete AFTER DELETE ON review
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    UPDATE person_local SET (next_review_on, next_review_id) =
        (SELECT n.due_on, CASE WHEN n.due_on IS NULL THEN NULL ELSE n.review_id END FROM review_next n WHERE n.person_id = old.person_id)
    WHERE person_id = old.person_id;
END;

CREATE TRIGGER note_contact_after_update AFTER UPDATE OF occurred_at, person_id, removed_at ON note
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    UPDATE person_local SET last_contact_at =
        (SELECT max(occurred_at) FROM note WHERE person_id = old.person_id AND removed_at IS NULL)
    WHERE person_id = old.person_id;
    UPDATE person_local SET last_contact_at =
        (SELECT max(occurred_at) FROM note WHERE person_id = new.person_id AND removed_at IS NULL)
    WHERE person_id = new.person_id;
END;
CREATE TRIGGER note_after_insert AFTER INSERT ON note
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    UPDATE person_local SET last_contact_at = new.occurred_at
    WHERE person_id = new.person_id AND new.removed_at IS NULL
      AND (last_contact_at IS NULL OR last_contact_at < new.occurred_at);
    INSERT INTO search (rowid, body) SELECT new.key, trim(ifnull(new.place, '') || ' ' || ifnull(new.text, ''))
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER note_after_update AFTER UPDATE OF place, text, removed_at ON note
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (search, rowid, body) SELECT 'delete', old.key, trim(ifnull(old.place, '') || ' ' || ifnull(old.text, ''))
    WHERE old.removed_at IS NULL;
    INSERT INTO search (rowid, body) SELECT new.key, trim(ifnull(new.place, '') || ' ' || ifnull(new.text, ''))
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER note_after_delete AFTER DELETE ON note
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    UPDATE person_local SET last_contact_at =
        (SELECT max(occurred_at) FROM note WHERE person_id = old.person_id AND removed_at IS NULL)
    WHERE person_id = old.person_id;
    INSERT INTO search (search, rowid, body) SELECT 'delete', old.key, trim(ifnull(old.place, '') || ' ' || ifnull(old.text, ''))
    WHERE old.removed_at IS NULL;
END;
CREATE TRIGGER goal_after_insert AFTER INSERT ON goal
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (rowid, body) SELECT new.key, ifnull(new.title, '') || ' ' || ifnull(new.why, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER goal_after_update AFTER UPDATE OF title, why, removed_at ON goal
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (search, rowid, body) SELECT 'delete', old.key, ifnull(old.title, '') || ' ' || ifnull(old.why, '')
    WHERE old.removed_at IS NULL;
    INSERT INTO search (rowid, body) SELECT new.key, ifnull(new.title, '') || ' ' || ifnull(new.why, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER goal_after_delete AFTER DELETE ON goal
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (search, rowid, body) SELECT 'delete', old.key, ifnull(old.title, '') || ' ' || ifnull(old.why, '')
    WHERE old.removed_at IS NULL;
END;
CREATE TRIGGER step_after_insert AFTER INSERT ON step
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (rowid, body) SELECT new.key, ifnull(new.text, '') || ' ' || ifnull(new.who, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER step_after_update AFTER UPDATE OF text, who, removed_at ON step
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (search, rowid, body) SELECT 'delete', old.key, ifnull(old.text, '') || ' ' || ifnull(old.who, '')
    WHERE old.removed_at IS NULL;
    INSERT INTO search (rowid, body) SELECT new.key, ifnull(new.text, '') || ' ' || ifnull(new.who, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER step_after_delete AFTER DELETE ON step
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (search, rowid, body) SELECT 'delete', old.key, ifnull(old.text, '') || ' ' || ifnull(old.who, '')
    WHERE old.removed_at IS NULL;
END;
CREATE TRIGGER profile_item_after_insert AFTER INSERT ON profile_item
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (rowid, body) SELECT new.key, ifnull(new.text, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER profile_item_after_update AFTER UPDATE OF text, removed_at ON profile_item
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (search, rowid, body) SELECT 'delete', old.key, ifnull(old.text, '')
    WHERE old.removed_at IS NULL;
    INSERT INTO search (rowid, body) SELECT new.key, ifnull(new.text, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER profile_item_after_delete AFTER DELETE ON profile_item
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (search, rowid, body) SELECT 'delete', old.key, ifnull(old.text, '')
    WHERE old.removed_at IS NULL;
END;
CREATE TRIGGER supporter_after_insert AFTER INSERT ON supporter
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (rowid, body) SELECT new.key, ifnull(new.name, '') || ' ' || ifnull(new.relationship, '') || ' ' || ifnull(new.notes, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER supporter_after_update AFTER UPDATE OF name, relationship, notes, removed_at ON supporter
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (search, rowid, body) SELECT 'delete', old.key, ifnull(old.name, '') || ' ' || ifnull(old.relationship, '') || ' ' || ifnull(old.notes, '')
    WHERE old.removed_at IS NULL;
    INSERT INTO search (rowid, body) SELECT new.key, ifnull(new.name, '') || ' ' || ifnull(new.relationship, '') || ' ' || ifnull(new.notes, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER supporter_after_delete AFTER DELETE ON supporter
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (search, rowid, body) SELECT 'delete', old.key, ifnull(old.name, '') || ' ' || ifnull(old.relationship, '') || ' ' || ifnull(old.notes, '')
    WHERE old.removed_at IS NULL;
END;
CREATE TRIGGER resource_after_insert AFTER INSERT ON resource
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    -- Connections that arrived before their resource are found by its name from now on.
    INSERT INTO search (search, rowid, body) SELECT 'delete', c.key, ifnull(NULL, '') || ' ' || ifnull(c.notes, '') || ' ' || ifnull(c.contribution, '')
    FROM connection c WHERE c.resource_id = new.id AND c.removed_at IS NULL;
    INSERT INTO search (rowid, body) SELECT c.key, ifnull(new.name, '') || ' ' || ifnull(c.notes, '') || ' ' || ifnull(c.contribution, '')
    FROM connection c WHERE c.resource_id = new.id AND c.removed_at IS NULL;
    INSERT INTO search (rowid, body) SELECT new.key, ifnull(new.name, '') || ' ' || ifnull(new.description, '') || ' ' || ifnull(new.address, '') || ' ' || ifnull(new.postcode, '') || ' ' || ifnull(new.ward, '') || ' ' || ifnull(new.contact_name, '') || ' ' || ifnull(new.when_text, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER resource_after_update AFTER UPDATE OF name, description, address, postcode, ward, contact_name, when_text, removed_at ON resource
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (search, rowid, body) SELECT 'delete', old.key, ifnull(old.name, '') || ' ' || ifnull(old.description, '') || ' ' || ifnull(old.address, '') || ' ' || ifnull(old.postcode, '') || ' ' || ifnull(old.ward, '') || ' ' || ifnull(old.contact_name, '') || ' ' || ifnull(old.when_text, '')
    WHERE old.removed_at IS NULL;
    INSERT INTO search (rowid, body) SELECT new.key, ifnull(new.name, '') || ' ' || ifnull(new.description, '') || ' ' || ifnull(new.address, '') || ' ' || ifnull(new.postcode, '') || ' ' || ifnull(new.ward, '') || ' ' || ifnull(new.contact_name, '') || ' ' || ifnull(new.when_text, '')
    WHERE new.removed_at IS NULL;
    INSERT INTO search (search, rowid, body) SELECT 'delete', c.key, ifnull(old.name, '') || ' ' || ifnull(c.notes, '') || ' ' || ifnull(c.contribution, '')
    FROM connection c WHERE c.resource_id = new.id AND c.removed_at IS NULL AND old.name IS NOT new.name;
    INSERT INTO search (rowid, body) SELECT c.key, ifnull(new.name, '') || ' ' || ifnull(c.notes, '') || ' ' || ifnull(c.contribution, '')
    FROM connection c WHERE c.resource_id = new.id AND c.removed_at IS NULL AND old.name IS NOT new.name;
END;
CREATE TRIGGER resource_after_delete AFTER DELETE ON resource
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (search, rowid, body) SELECT 'delete', c.key, ifnull(old.name, '') || ' ' || ifnull(c.notes, '') || ' ' || ifnull(c.contribution, '')
    FROM connection c WHERE c.resource_id = old.id AND c.removed_at IS NULL;
    INSERT INTO search (rowid, body) SELECT c.key, ifnull(NULL, '') || ' ' || ifnull(c.notes, '') || ' ' || ifnull(c.contribution, '')
    FROM connection c WHERE c.resource_id = old.id AND c.removed_at IS NULL;
    INSERT INTO search (search, rowid, body) SELECT 'delete', old.key, ifnull(old.name, '') || ' ' || ifnull(old.description, '') || ' ' || ifnull(old.address, '') || ' ' || ifnull(old.postcode, '') || ' ' || ifnull(old.ward, '') || ' ' || ifnull(old.contact_name, '') || ' ' || ifnull(old.when_text, '')
    WHERE old.removed_at IS NULL;
END;
CREATE TRIGGER connection_after_insert AFTER INSERT ON connection
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (rowid, body) SELECT new.key, ifnull((SELECT name FROM resource WHERE id = new.resource_id), '') || ' ' || ifnull(new.notes, '') || ' ' || ifnull(new.contribution, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER connection_after_update AFTER UPDATE OF resource_id, notes, contribution, removed_at ON connection
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (search, rowid, body) SELECT 'delete', old.key, ifnull((SELECT name FROM resource WHERE id = old.resource_id), '') || ' ' || ifnull(old.notes, '') || ' ' || ifnull(old.contribution, '')
    WHERE old.removed_at IS NULL;
    INSERT INTO search (rowid, body) SELECT new.key, ifnull((SELECT name FROM resource WHERE id = new.resource_id), '') || ' ' || ifnull(new.notes, '') || ' ' || ifnull(new.contribution, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER connection_after_delete AFTER DELETE ON connection
    WHEN NOT EXISTS (SELECT 1 FROM derived_paused) BEGIN
    INSERT INTO search (search, rowid, body) SELECT 'delete', old.key, ifnull((SELECT name FROM resource WHERE id = old.resource_id), '') || ' ' || ifnull(old.notes, '') || ' ' || ifnull(old.contribution, '')
    WHERE old.removed_at IS NULL;
END;

-- A row's versions go with it, always (an erasure, or a merge that erases).
CREATE TRIGGER coordinator_versions_after_delete AFTER DELETE ON coordinator BEGIN
    DELETE FROM version WHERE key = old.key;
END;
CREATE TRIGGER resource_versions_after_delete AFTER DELETE ON resource BEGIN
    DELETE FROM version WHERE key = old.key;
END;
CREATE TRIGGER person_versions_after_delete AFTER DELETE ON person BEGIN
    DELETE FROM version WHERE key = old.key;
END;
CREATE TRIGGER goal_versions_after_delete AFTER DELETE ON goal BEGIN
    DELETE FROM version WHERE key = old.key;
END;
CREATE TRIGGER step_versions_after_delete AFTER DELETE ON step BEGIN
    DELETE FROM version WHERE key = old.key;
END;
CREATE TRIGGER profile_item_versions_after_delete AFTER DELETE ON profile_item BEGIN
    DELETE FROM version WHERE key = old.key;
END;
CREATE TRIGGER supporter_versions_after_delete AFTER DELETE ON supporter BEGIN
    DELETE FROM version WHERE key = old.key;
END;
CREATE TRIGGER connection_versions_after_delete AFTER DELETE ON connection BEGIN
    DELETE FROM version WHERE key = old.key;
END;
CREATE TRIGGER note_versions_after_delete AFTER DELETE ON note BEGIN
    DELETE FROM version WHERE key = old.key;
END;
CREATE TRIGGER wellbeing_versions_after_delete AFTER DELETE ON wellbeing BEGIN
    DELETE FROM version WHERE key = old.key;
END;
CREATE TRIGGER outcome_versions_after_delete AFTER DELETE ON outcome BEGIN
    DELETE FROM version WHERE key = old.key;
END;
CREATE TRIGGER review_versions_after_delete AFTER DELETE ON review BEGIN
    DELETE FROM version WHERE key = old.key;
END;
