-- The speaker, subject and outlet filters (of ListNodesAsync and of the relay aggregations) and a name filter on those
-- labels match "an id, or a name that contains this", and tested the names of every person, organization, anonymous
-- source or place for it: 15 to 34 ms p99 on the 100,000-article bench graph. This index holds the trigrams of their
-- names (names_lower, lower case already), rowid = nodes.nid, so that NameMatchSql reads the few nodes whose names
-- contain every trigram of the text in a row, and tests only those with instr as before.
--
-- The tokenizer folds case per character and keeps diacritics (the default), so a name that contains the text always
-- contains its trigrams: the index can only narrow the candidates, never change the answer. Contentless and written
-- by the store beside each node change, as node_search is (0001).
CREATE VIRTUAL TABLE name_trigrams USING fts5 (
    names,
    content = '',
    contentless_delete = 1,
    tokenize = 'trigram'
);

-- The labels are those of NameMatchSql.Indexes.
INSERT INTO name_trigrams (rowid, names)
SELECT nid, names_lower FROM nodes WHERE label IN ('Person', 'Organization', 'AnonymousSource', 'Place');
