-- The speaker and subject filters of ListNodesAsync match a node id or a fragment of a name, so they test every
-- speaker's (or subject's) names. Read through the table, that fetches each candidate's whole row, properties and
-- all; these covering indexes hold just the names and ids of those labels. Their WHERE clauses are the filters'
-- own label terms, word for word, which is what lets SQLite pick a partial index.

CREATE INDEX nodes_speaker_names ON nodes (label, names_lower, id)
    WHERE label IN ('Person', 'Organization', 'AnonymousSource');

CREATE INDEX nodes_subject_names ON nodes (label, name_lower, id)
    WHERE label IN ('Person', 'Organization', 'Place');
