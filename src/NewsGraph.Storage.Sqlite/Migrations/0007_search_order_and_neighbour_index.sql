-- Search ranked every match by BM25 and sorted them all, with their ids for ties: a frequent word of the 100,000-article
-- bench graph matches 12,000 nodes, and scoring them (a docsize lookup each) and reading their ids took 20 to 40 ms.
-- The full-text index is rebuilt with rowid = search_words * 2^32 + nid, so that its own order is the search order:
-- the fewest words first, which is BM25's order where a word occurs once in a text (names, titles, one-sentence
-- claims), ties in nid order. A search then reads its first matches in rowid order and stops at its limit, whatever
-- the number of matches. nid < 2^32 and fewer than 2^31 words keep the key a positive 64-bit integer.

-- The words of names_lower as the index cuts them (SearchWords): the store writes it beside names_lower.
ALTER TABLE nodes ADD COLUMN search_words INTEGER NOT NULL DEFAULT 0;

-- Filled from the old index's document sizes: one SQLite varint per document (one column), read from its hex digits.
UPDATE nodes SET search_words = sizes.words
FROM (
    SELECT id, CASE WHEN b1 < 128 THEN b1
                    WHEN b2 < 128 THEN ((b1 & 127) << 7) | b2
                    ELSE ((b1 & 127) << 14) | ((b2 & 127) << 7) | b3 END AS words
    FROM (
        SELECT id,
               (instr('0123456789ABCDEF', substr(h, 1, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(h, 2, 1)) - 1 AS b1,
               (instr('0123456789ABCDEF', substr(h, 3, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(h, 4, 1)) - 1 AS b2,
               (instr('0123456789ABCDEF', substr(h, 5, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(h, 6, 1)) - 1 AS b3
        FROM (SELECT id, hex(sz) AS h FROM node_search_docsize))) AS sizes
WHERE sizes.id = nodes.nid;

DROP TABLE node_search;

CREATE VIRTUAL TABLE node_search USING fts5 (
    names,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO node_search (rowid, names) SELECT (search_words << 32) | nid, names_lower FROM nodes;

-- Triggers, which see the old key, instead of the writer; as for name_trigrams (0006), a node written again with the
-- same names is not indexed again.
CREATE TRIGGER node_search_node_inserted AFTER INSERT ON nodes BEGIN
    INSERT INTO node_search (rowid, names) VALUES ((new.search_words << 32) | new.nid, new.names_lower);
END;

CREATE TRIGGER node_search_node_updated AFTER UPDATE OF names_lower, search_words ON nodes
WHEN old.names_lower IS NOT new.names_lower OR old.search_words IS NOT new.search_words BEGIN
    DELETE FROM node_search WHERE rowid = (old.search_words << 32) | old.nid;
    INSERT INTO node_search (rowid, names) VALUES ((new.search_words << 32) | new.nid, new.names_lower);
END;

CREATE TRIGGER node_search_node_deleted AFTER DELETE ON nodes BEGIN
    DELETE FROM node_search WHERE rowid = (old.search_words << 32) | old.nid;
END;

-- Paths and neighbourhoods read the neighbours of whole frontiers, and the primary key, which serves outgoing edges,
-- holds every edge's properties (a relay's wording: 300 bytes): a level of 400 articles read 6,000 edge rows for
-- their ids. This index holds the ids alone (type too, as the key's last column), as edges_dst does for incoming edges.
CREATE INDEX edges_src_dst ON edges (src, dst);
