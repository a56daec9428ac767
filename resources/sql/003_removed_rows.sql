-- Removing a goal, step, profile item, supporter, connection, note, review, wellbeing
-- score, outcome or resource keeps the row and sets removed_at (an ISO UTC time), an
-- ordinary synced field. Undo and redo then bring back the very same row with its
-- children and ids, on every laptop, and an edit made elsewhere meanwhile is kept.
-- Erasure (right to erasure) still purges rows and leaves nothing.
ALTER TABLE resource ADD COLUMN removed_at TEXT;
ALTER TABLE goal ADD COLUMN removed_at TEXT;
ALTER TABLE step ADD COLUMN removed_at TEXT;
ALTER TABLE profile_item ADD COLUMN removed_at TEXT;
ALTER TABLE supporter ADD COLUMN removed_at TEXT;
ALTER TABLE connection ADD COLUMN removed_at TEXT;
ALTER TABLE note ADD COLUMN removed_at TEXT;
ALTER TABLE wellbeing ADD COLUMN removed_at TEXT;
ALTER TABLE outcome ADD COLUMN removed_at TEXT;
ALTER TABLE review ADD COLUMN removed_at TEXT;

-- Search and last contact leave removed rows out, and take them back when restored.
-- Connections join the search too (what the person gives, the notes, the resource's
-- name), so "who goes to the choir?" finds people.
DROP TRIGGER person_after_insert;
CREATE TRIGGER person_after_insert AFTER INSERT ON person BEGIN
    -- Notes can arrive from another laptop before their person.
    INSERT INTO person_local (person_id, last_contact_at)
    VALUES (new.id, (SELECT max(occurred_at) FROM note WHERE person_id = new.id AND removed_at IS NULL));
    INSERT INTO person_search (rowid, names, contact)
    VALUES ((SELECT key FROM person_local WHERE person_id = new.id),
            trim(ifnull(new.given_name, '') || ' ' || ifnull(new.family_name, '') || ' ' || ifnull(new.preferred_name, '')),
            trim(ifnull(new.phone, '') || ' ' || ifnull(new.email, '') || ' ' || ifnull(new.address, '') || ' ' || ifnull(new.postcode, '') || ' ' || ifnull(new.ward, '')));
END;

DROP TRIGGER note_after_insert;
DROP TRIGGER note_after_update;
DROP TRIGGER note_after_delete;
CREATE TRIGGER note_after_insert AFTER INSERT ON note BEGIN
    UPDATE person_local SET last_contact_at = new.occurred_at
    WHERE person_id = new.person_id AND new.removed_at IS NULL
      AND (last_contact_at IS NULL OR last_contact_at < new.occurred_at);
    INSERT INTO search_key (row_id) VALUES (new.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    SELECT (SELECT key FROM search_key WHERE row_id = new.id), 'note', new.id, new.person_id,
           trim(ifnull(new.place, '') || ' ' || ifnull(new.text, ''))
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER note_after_update AFTER UPDATE OF occurred_at, place, text, person_id, removed_at ON note BEGIN
    UPDATE person_local SET last_contact_at =
        (SELECT max(occurred_at) FROM note WHERE person_id = old.person_id AND removed_at IS NULL)
    WHERE person_id = old.person_id;
    UPDATE person_local SET last_contact_at =
        (SELECT max(occurred_at) FROM note WHERE person_id = new.person_id AND removed_at IS NULL)
    WHERE person_id = new.person_id;
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    SELECT (SELECT key FROM search_key WHERE row_id = new.id), 'note', new.id, new.person_id,
           trim(ifnull(new.place, '') || ' ' || ifnull(new.text, ''))
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER note_after_delete AFTER DELETE ON note BEGIN
    UPDATE person_local SET last_contact_at =
        (SELECT max(occurred_at) FROM note WHERE person_id = old.person_id AND removed_at IS NULL)
    WHERE person_id = old.person_id;
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    DELETE FROM search_key WHERE row_id = old.id;
END;

DROP TRIGGER goal_after_insert;
DROP TRIGGER goal_after_update;
CREATE TRIGGER goal_after_insert AFTER INSERT ON goal BEGIN
    -- Steps that arrived before their goal (by rowid: a search by column would scan).
    UPDATE search SET person_id = new.person_id
    WHERE rowid IN (SELECT k.key FROM step s JOIN search_key k ON k.row_id = s.id WHERE s.goal_id = new.id);
    INSERT INTO search_key (row_id) VALUES (new.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    SELECT (SELECT key FROM search_key WHERE row_id = new.id), 'goal', new.id, new.person_id,
           ifnull(new.title, '') || ' ' || ifnull(new.why, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER goal_after_update AFTER UPDATE OF title, why, person_id, removed_at ON goal BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    SELECT (SELECT key FROM search_key WHERE row_id = new.id), 'goal', new.id, new.person_id,
           ifnull(new.title, '') || ' ' || ifnull(new.why, '')
    WHERE new.removed_at IS NULL;
END;

DROP TRIGGER step_after_insert;
DROP TRIGGER step_after_update;
CREATE TRIGGER step_after_insert AFTER INSERT ON step BEGIN
    INSERT INTO search_key (row_id) VALUES (new.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    SELECT (SELECT key FROM search_key WHERE row_id = new.id), 'step', new.id,
           (SELECT person_id FROM goal WHERE id = new.goal_id), ifnull(new.text, '') || ' ' || ifnull(new.who, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER step_after_update AFTER UPDATE OF text, who, goal_id, removed_at ON step BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    SELECT (SELECT key FROM search_key WHERE row_id = new.id), 'step', new.id,
           (SELECT person_id FROM goal WHERE id = new.goal_id), ifnull(new.text, '') || ' ' || ifnull(new.who, '')
    WHERE new.removed_at IS NULL;
END;

DROP TRIGGER profile_item_after_insert;
DROP TRIGGER profile_item_after_update;
CREATE TRIGGER profile_item_after_insert AFTER INSERT ON profile_item BEGIN
    INSERT INTO search_key (row_id) VALUES (new.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    SELECT (SELECT key FROM search_key WHERE row_id = new.id), 'profile_item', new.id, new.person_id, ifnull(new.text, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER profile_item_after_update AFTER UPDATE OF text, person_id, removed_at ON profile_item BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    SELECT (SELECT key FROM search_key WHERE row_id = new.id), 'profile_item', new.id, new.person_id, ifnull(new.text, '')
    WHERE new.removed_at IS NULL;
END;

DROP TRIGGER supporter_after_insert;
DROP TRIGGER supporter_after_update;
CREATE TRIGGER supporter_after_insert AFTER INSERT ON supporter BEGIN
    INSERT INTO search_key (row_id) VALUES (new.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    SELECT (SELECT key FROM search_key WHERE row_id = new.id), 'supporter', new.id, new.person_id,
           ifnull(new.name, '') || ' ' || ifnull(new.relationship, '') || ' ' || ifnull(new.notes, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER supporter_after_update AFTER UPDATE OF name, relationship, notes, person_id, removed_at ON supporter BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    SELECT (SELECT key FROM search_key WHERE row_id = new.id), 'supporter', new.id, new.person_id,
           ifnull(new.name, '') || ' ' || ifnull(new.relationship, '') || ' ' || ifnull(new.notes, '')
    WHERE new.removed_at IS NULL;
END;

DROP TRIGGER resource_after_insert;
DROP TRIGGER resource_after_update;
CREATE TRIGGER resource_after_insert AFTER INSERT ON resource BEGIN
    INSERT INTO search_key (row_id) VALUES (new.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    SELECT (SELECT key FROM search_key WHERE row_id = new.id), 'resource', new.id, NULL,
           ifnull(new.name, '') || ' ' || ifnull(new.description, '') || ' ' || ifnull(new.address, '') || ' ' || ifnull(new.postcode, '') || ' ' || ifnull(new.ward, '') || ' ' || ifnull(new.contact_name, '') || ' ' || ifnull(new.when_text, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER resource_after_update AFTER UPDATE OF name, description, address, postcode, ward, contact_name, when_text, removed_at ON resource BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    SELECT (SELECT key FROM search_key WHERE row_id = new.id), 'resource', new.id, NULL,
           ifnull(new.name, '') || ' ' || ifnull(new.description, '') || ' ' || ifnull(new.address, '') || ' ' || ifnull(new.postcode, '') || ' ' || ifnull(new.ward, '') || ' ' || ifnull(new.contact_name, '') || ' ' || ifnull(new.when_text, '')
    WHERE new.removed_at IS NULL;
END;

CREATE TRIGGER connection_after_insert AFTER INSERT ON connection BEGIN
    INSERT INTO search_key (row_id) VALUES (new.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    SELECT (SELECT key FROM search_key WHERE row_id = new.id), 'connection', new.id, new.person_id,
           ifnull((SELECT name FROM resource WHERE id = new.resource_id), '') || ' ' || ifnull(new.notes, '') || ' ' || ifnull(new.contribution, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER connection_after_update AFTER UPDATE OF resource_id, notes, contribution, person_id, removed_at ON connection BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    INSERT INTO search (rowid, kind, row_id, person_id, body)
    SELECT (SELECT key FROM search_key WHERE row_id = new.id), 'connection', new.id, new.person_id,
           ifnull((SELECT name FROM resource WHERE id = new.resource_id), '') || ' ' || ifnull(new.notes, '') || ' ' || ifnull(new.contribution, '')
    WHERE new.removed_at IS NULL;
END;
CREATE TRIGGER connection_after_delete AFTER DELETE ON connection BEGIN
    DELETE FROM search WHERE rowid = (SELECT key FROM search_key WHERE row_id = old.id);
    DELETE FROM search_key WHERE row_id = old.id;
END;
INSERT INTO search_key (row_id) SELECT id FROM connection;
INSERT INTO search (rowid, kind, row_id, person_id, body)
SELECT k.key, 'connection', c.id, c.person_id,
       ifnull(r.name, '') || ' ' || ifnull(c.notes, '') || ' ' || ifnull(c.contribution, '')
FROM connection c JOIN search_key k ON k.row_id = c.id LEFT JOIN resource r ON r.id = c.resource_id;
