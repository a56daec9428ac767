-- Schema 8: who answered the wellbeing questions (the person, or with help), and the
-- goals and connections an outcome story relates to. outcome.kind now holds the story's
-- categories, space-separated keys (a single key, as before, is a list of one).
ALTER TABLE wellbeing ADD COLUMN answered TEXT;
ALTER TABLE outcome ADD COLUMN related TEXT;
