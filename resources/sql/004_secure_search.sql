-- Erasure must leave nothing behind. A search index keeps the words of a deleted row in
-- its segments until they are merged; with FTS5's secure-delete option (SQLite 3.42,
-- SQLCipher 4.6) a deletion removes them from the index at once. The optimise merges
-- the segments, dropping the words of rows deleted before this version.
INSERT INTO person_search (person_search, rank) VALUES ('secure-delete', 1);
INSERT INTO search (search, rank) VALUES ('secure-delete', 1);
INSERT INTO person_search (person_search) VALUES ('optimize');
INSERT INTO search (search) VALUES ('optimize');
