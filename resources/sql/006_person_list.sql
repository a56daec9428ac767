-- The people list is chosen and put in order from person_local alone: the names it sorts
-- by and the archive date it filters on are kept there by the write path, so a search
-- joins its matches by integer key to this small table, and the list by name is read
-- from one index, without visiting the person rows (reading a page of rows then visits
-- only that page's). Local only: derived from synced rows, never exported.
ALTER TABLE person_local ADD COLUMN given_name TEXT NOT NULL DEFAULT '';
ALTER TABLE person_local ADD COLUMN family_name TEXT NOT NULL DEFAULT '';
ALTER TABLE person_local ADD COLUMN archived_on TEXT;
UPDATE person_local SET (given_name, family_name, archived_on) =
    (SELECT p.given_name, p.family_name, p.archived_on FROM person p WHERE p.id = person_local.person_id);
CREATE INDEX person_local_by_name
    ON person_local (given_name COLLATE NOCASE, family_name COLLATE NOCASE, person_id) WHERE archived_on IS NULL;
DROP INDEX person_local_by_contact;
CREATE INDEX person_local_by_contact
    ON person_local (last_contact_at, given_name COLLATE NOCASE, family_name COLLATE NOCASE, person_id)
    WHERE archived_on IS NULL;

DROP TRIGGER person_after_insert;
CREATE TRIGGER person_after_insert AFTER INSERT ON person BEGIN
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

DROP TRIGGER person_after_update;
CREATE TRIGGER person_after_update AFTER UPDATE OF given_name, family_name, preferred_name, phone, email,
    address, postcode, ward ON person BEGIN
    DELETE FROM person_search WHERE rowid = (SELECT key FROM person_local WHERE person_id = old.id);
    INSERT INTO person_search (rowid, names, contact)
    VALUES ((SELECT key FROM person_local WHERE person_id = new.id),
            trim(ifnull(new.given_name, '') || ' ' || ifnull(new.family_name, '') || ' ' || ifnull(new.preferred_name, '')),
            trim(ifnull(new.phone, '') || ' ' || ifnull(new.email, '') || ' ' || ifnull(new.address, '') || ' ' || ifnull(new.postcode, '') || ' ' || ifnull(new.ward, '')));
    UPDATE person_local SET name = trim(ifnull(new.given_name, '') || ' ' || ifnull(new.family_name, '')),
                            given_name = ifnull(new.given_name, ''), family_name = ifnull(new.family_name, '')
    WHERE person_id = new.id;
END;

CREATE TRIGGER person_list_after_archive AFTER UPDATE OF archived_on ON person BEGIN
    UPDATE person_local SET archived_on = new.archived_on WHERE person_id = new.id;
END;
