-- The speaker, subject and outlet filters (of ListNodesAsync and of the relay aggregations) and a name filter on those
-- labels match "an id, or a name that contains this", and tested the names of every person, organization, anonymous
-- source or place for it: 15 to 34 ms p99 on the 100,000-article bench graph. This index holds the trigrams of their
-- names (names_lower, lower case already), rowid = nodes.nid, so that NameMatchSql reads the few nodes whose names
-- contain every trigram of the text in a row, and tests only those with instr as before.
--
-- The tokenizer folds case per character and keeps diacritics (the default), so a name that contains the text always
-- contains its trigrams: the index can only narrow the candidates, never change the answer. Contentless.
CREATE VIRTUAL TABLE name_trigrams USING fts5 (
    names,
    content = '',
    contentless_delete = 1,
    tokenize = 'trigram'
);

-- The labels, here and below, are those of NameMatchSql.Indexes.
INSERT INTO name_trigrams (rowid, names)
SELECT nid, names_lower FROM nodes WHERE label IN ('Person', 'Organization', 'AnonymousSource', 'Place');

-- Triggers rather than the writer (as for node_search), because they see the old names: the importer rewrites people
-- and organizations for every article that mentions them, mostly with the same names, and those are not indexed again.
CREATE TRIGGER name_trigrams_node_inserted AFTER INSERT ON nodes
WHEN new.label IN ('Person', 'Organization', 'AnonymousSource', 'Place') BEGIN
    INSERT INTO name_trigrams (rowid, names) VALUES (new.nid, new.names_lower);
END;

CREATE TRIGGER name_trigrams_node_updated AFTER UPDATE OF label, names_lower ON nodes
WHEN (old.names_lower IS NOT new.names_lower OR old.label IS NOT new.label)
 AND (old.label IN ('Person', 'Organization', 'AnonymousSource', 'Place') OR new.label IN ('Person', 'Organization', 'AnonymousSource', 'Place')) BEGIN
    DELETE FROM name_trigrams WHERE rowid = old.nid;
    INSERT INTO name_trigrams (rowid, names)
    SELECT new.nid, new.names_lower WHERE new.label IN ('Person', 'Organization', 'AnonymousSource', 'Place');
END;

CREATE TRIGGER name_trigrams_node_deleted AFTER DELETE ON nodes
WHEN old.label IN ('Person', 'Organization', 'AnonymousSource', 'Place') BEGIN
    DELETE FROM name_trigrams WHERE rowid = old.nid;
END;
