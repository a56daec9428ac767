-- Schema 11: consent by purpose, and the team's settings.
--
-- consent: one row per decision a person made about one purpose (keeping records,
-- sharing with the team, contacting a named other such as a GP), given or refused, when,
-- how and by whom, and when it was withdrawn. A new decision is a new row, so the
-- history is kept; the newest row for a purpose (and named other) is the one that holds.
-- Shared and versioned like every shared table, so it syncs field by field.
CREATE TABLE consent (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL,
    purpose TEXT NOT NULL,
    named TEXT,
    decision TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    how TEXT,
    given_by TEXT,
    note TEXT,
    recorded_by TEXT,
    withdrawn_on TEXT,
    withdrawn_note TEXT,
    removed_at TEXT
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('consent', 13 << 40);
CREATE INDEX consent_by_person ON consent (person_id, purpose, decided_on);

-- team_setting: what the whole team decides once, such as how long records are kept
-- after a person is archived. A setting's id is its name, the same on every laptop, so
-- two laptops that set it meet on one row and the later value wins.
CREATE TABLE team_setting (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    value TEXT
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('team_setting', 14 << 40);

-- Both are shared rows: their versions are found through shared_row, and go with them.
DROP VIEW shared_row;
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
UNION ALL SELECT 'review', key, id FROM review
UNION ALL SELECT 'consent', key, id FROM consent
UNION ALL SELECT 'team_setting', key, id FROM team_setting;
CREATE TRIGGER consent_versions_after_delete AFTER DELETE ON consent BEGIN
    DELETE FROM version WHERE key = old.key;
END;
CREATE TRIGGER team_setting_versions_after_delete AFTER DELETE ON team_setting BEGIN
    DELETE FROM version WHERE key = old.key;
END;
