-- Schema 10: the audit trail of what was done with the records on this laptop (opened,
-- printed, exported, imported, erased, reported, unlocked…), by whom and about whom.
-- Local: never synced, and never holding personal text (detail says what kind of thing
-- was done: a document's kind, a quarter, a count). Read by time, and by person for a
-- subject access request.
ALTER TABLE audit_log ADD COLUMN coordinator_id TEXT;
ALTER TABLE audit_log ADD COLUMN person_id TEXT;
CREATE INDEX audit_log_by_time ON audit_log (at);
CREATE INDEX audit_log_by_person ON audit_log (person_id, at) WHERE person_id IS NOT NULL;
