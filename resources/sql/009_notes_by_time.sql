-- Schema 9: the notes of a span of days, for the quarterly return's contacts, hours and
-- first contacts, read from one index in date order instead of the whole note table.
-- Partial (removed notes are never counted) and covering (who, by whom, how long).
CREATE INDEX note_by_time ON note (occurred_at, person_id, author_id, minutes) WHERE removed_at IS NULL;
