-- The speaker, subject and outlet filters (of ListNodesAsync and of the relay aggregations) match a node id or a
-- fragment of a name, so they test the names of every node of those labels. Read through the table, that fetches
-- each candidate's whole row, properties and all; these covering indexes hold just the names and ids. Their WHERE
-- clauses are the filters' own label terms, word for word, which is what lets SQLite pick a partial index.

CREATE INDEX nodes_speaker_names ON nodes (label, names_lower, id)
    WHERE label IN ('Person', 'Organization', 'AnonymousSource');

CREATE INDEX nodes_subject_names ON nodes (label, name_lower, id)
    WHERE label IN ('Person', 'Organization', 'Place');

CREATE INDEX nodes_outlet_names ON nodes (label, name_lower, id)
    WHERE label = 'Organization';
