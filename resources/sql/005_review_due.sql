-- Each person's next review, kept current by the write path so that Reviews due is one
-- indexed range instead of a pass over the whole caseload. The earliest open scheduled
-- review wins; with none, the cadence from the last review held (or from the
-- introduction): that date plus review_every_months, on the last day of the month when
-- the day does not exist there (31 January + 1 month = 28 or 29 February), as
-- Calendar::addMonths counts. Archived people have no next review. The person's name is
-- kept beside it so that the list is read from one covering index, without visiting
-- 50,000 person rows. Local only: derived from synced rows, never exported.
ALTER TABLE person_local ADD COLUMN next_review_on TEXT;
ALTER TABLE person_local ADD COLUMN next_review_id TEXT;
ALTER TABLE person_local ADD COLUMN name TEXT NOT NULL DEFAULT '';
CREATE INDEX person_local_by_review ON person_local (next_review_on, name, person_id, next_review_id)
    WHERE next_review_on IS NOT NULL;

-- The open reviews of a person in order, and the held ones by date: both served by an
-- index rather than a scan of the person's reviews.
CREATE INDEX review_open_by_person ON review (person_id, due_on, id) WHERE done_on IS NULL AND removed_at IS NULL;
CREATE INDEX review_held_by_person ON review (person_id, done_on) WHERE done_on IS NOT NULL AND removed_at IS NULL;

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

CREATE TRIGGER review_next_after_insert AFTER INSERT ON review BEGIN
    UPDATE person_local SET (next_review_on, next_review_id) =
        (SELECT n.due_on, CASE WHEN n.due_on IS NULL THEN NULL ELSE n.review_id END FROM review_next n WHERE n.person_id = new.person_id)
    WHERE person_id = new.person_id;
END;
CREATE TRIGGER review_next_after_update AFTER UPDATE OF person_id, due_on, done_on, removed_at ON review BEGIN
    UPDATE person_local SET (next_review_on, next_review_id) =
        (SELECT n.due_on, CASE WHEN n.due_on IS NULL THEN NULL ELSE n.review_id END FROM review_next n WHERE n.person_id = person_local.person_id)
    WHERE person_id IN (old.person_id, new.person_id);
END;
CREATE TRIGGER review_next_after_delete AFTER DELETE ON review BEGIN
    UPDATE person_local SET (next_review_on, next_review_id) =
        (SELECT n.due_on, CASE WHEN n.due_on IS NULL THEN NULL ELSE n.review_id END FROM review_next n WHERE n.person_id = old.person_id)
    WHERE person_id = old.person_id;
END;
-- A new person's next review, in the same trigger that makes their person_local row
-- (reviews can arrive from another laptop before their person).
DROP TRIGGER person_after_insert;
CREATE TRIGGER person_after_insert AFTER INSERT ON person BEGIN
    INSERT INTO person_local (person_id, last_contact_at, name)
    VALUES (new.id, (SELECT max(occurred_at) FROM note WHERE person_id = new.id AND removed_at IS NULL),
            trim(ifnull(new.given_name, '') || ' ' || ifnull(new.family_name, '')));
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
    UPDATE person_local SET name = trim(ifnull(new.given_name, '') || ' ' || ifnull(new.family_name, ''))
    WHERE person_id = new.id;
END;
CREATE TRIGGER review_next_after_person_update AFTER UPDATE OF introduced_on, review_every_months, archived_on ON person BEGIN
    UPDATE person_local SET (next_review_on, next_review_id) =
        (SELECT n.due_on, CASE WHEN n.due_on IS NULL THEN NULL ELSE n.review_id END FROM review_next n WHERE n.person_id = new.id)
    WHERE person_id = new.id;
END;

UPDATE person_local SET (next_review_on, next_review_id, name) =
    (SELECT n.due_on, CASE WHEN n.due_on IS NULL THEN NULL ELSE n.review_id END,
            (SELECT trim(ifnull(p.given_name, '') || ' ' || ifnull(p.family_name, '')) FROM person p WHERE p.id = n.person_id)
     FROM review_next n WHERE n.person_id = person_local.person_id);
