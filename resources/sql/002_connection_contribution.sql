-- What the person gives through a connection (time, a skill, company), kept beside
-- what they receive, because Local Area Coordination values contribution.
ALTER TABLE connection ADD COLUMN contribution TEXT;
