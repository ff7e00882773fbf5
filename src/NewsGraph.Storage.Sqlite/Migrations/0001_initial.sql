-- The first schema of the embedded store.
--
-- nodes keeps the port's properties as JSON (props) and copies into columns only what filters, orders,
-- name lookups and search need. nid is an explicit INTEGER PRIMARY KEY so that the rowid the FTS index
-- points at survives VACUUM.

CREATE TABLE nodes (
    nid           INTEGER PRIMARY KEY,
    id            TEXT    NOT NULL UNIQUE,
    label         TEXT    NOT NULL,
    name_lower    TEXT,             -- display name (name, title, text, description), lower case: Name order and Subject/Outlet filters
    names_lower   TEXT    NOT NULL, -- display name and aliases, lower case, one per line: NameContains, Speaker, full-text index
    published_at  TEXT,             -- Article publishedAt
    imported_at   TEXT,             -- Article importedAt
    content_hash  TEXT,             -- Article contentHash
    relay_count   INTEGER,          -- Claim relayCount
    altered_count INTEGER,          -- Claim alteredCount
    first_seen_at TEXT,             -- Claim firstSeenAt
    props         TEXT    NOT NULL  -- every property, as a JSON object
);

CREATE INDEX nodes_label_id ON nodes (label, id);
CREATE INDEX nodes_label_name ON nodes (label, name_lower, id);
CREATE INDEX nodes_content_hash ON nodes (content_hash) WHERE content_hash IS NOT NULL;

-- One edge per (type, src, dst); deleting a node deletes its edges.
CREATE TABLE edges (
    type  TEXT NOT NULL,
    src   TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    dst   TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    props TEXT NOT NULL,
    PRIMARY KEY (type, src, dst)
) WITHOUT ROWID;

CREATE INDEX edges_src ON edges (src, type);
CREATE INDEX edges_dst ON edges (dst, type);

-- NameKey.Of of each node's name, aliases and description (computed by the store, not by SQL).
CREATE TABLE name_keys (
    label TEXT    NOT NULL,
    key   TEXT    NOT NULL,
    nid   INTEGER NOT NULL REFERENCES nodes (nid) ON DELETE CASCADE,
    PRIMARY KEY (label, key, nid)
) WITHOUT ROWID;

CREATE INDEX name_keys_nid ON name_keys (nid);

-- Full-text index over names, aliases, titles, claim text and source descriptions, kept in step by triggers.
CREATE VIRTUAL TABLE node_search USING fts5 (
    names_lower,
    content = 'nodes',
    content_rowid = 'nid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER nodes_search_insert AFTER INSERT ON nodes BEGIN
    INSERT INTO node_search (rowid, names_lower) VALUES (new.nid, new.names_lower);
END;

CREATE TRIGGER nodes_search_delete AFTER DELETE ON nodes BEGIN
    INSERT INTO node_search (node_search, rowid, names_lower) VALUES ('delete', old.nid, old.names_lower);
END;

CREATE TRIGGER nodes_search_update AFTER UPDATE OF names_lower ON nodes BEGIN
    INSERT INTO node_search (node_search, rowid, names_lower) VALUES ('delete', old.nid, old.names_lower);
    INSERT INTO node_search (rowid, names_lower) VALUES (new.nid, new.names_lower);
END;
