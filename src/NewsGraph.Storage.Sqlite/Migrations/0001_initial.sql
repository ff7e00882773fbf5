-- The first schema of the embedded store.
--
-- nodes keeps the port's properties as JSON (props) and copies into columns only what filters and orders
-- need. nid is an explicit INTEGER PRIMARY KEY so that the rowids name_keys and the FTS index point at
-- survive VACUUM.

CREATE TABLE nodes (
    nid           INTEGER PRIMARY KEY,
    id            TEXT    NOT NULL UNIQUE,
    label         TEXT    NOT NULL,
    name_lower    TEXT,             -- display name (name, title, text, description), lower case: Name order and Subject/Outlet filters
    names_lower   TEXT    NOT NULL, -- display name and aliases, lower case, one per line: NameContains and Speaker filters
    published_at  TEXT,             -- Article publishedAt
    imported_at   TEXT,             -- Article importedAt
    content_hash  TEXT,             -- Article contentHash
    relay_count   INTEGER,          -- Claim relayCount
    altered_count INTEGER,          -- Claim alteredCount
    first_seen_at TEXT,             -- Claim firstSeenAt
    props         TEXT    NOT NULL  -- every property, as a JSON object
);

-- Lists sort their filtered rows rather than walk an index per order field: every index costs each of the
-- ~30 node writes of an imported article, and "missing values last, ties by id ascending" in both directions
-- is not an order one index can serve.
CREATE INDEX nodes_label_id ON nodes (label, id);
CREATE INDEX nodes_content_hash ON nodes (content_hash) WHERE content_hash IS NOT NULL;

-- One edge per (type, src, dst); deleting a node deletes its edges. Keyed by src first so that the key
-- serves outgoing lookups and one index serves incoming ones (reading all edges by type sorts instead).
CREATE TABLE edges (
    src   TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    type  TEXT NOT NULL,
    dst   TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    props TEXT NOT NULL,
    PRIMARY KEY (src, type, dst)
) WITHOUT ROWID;

CREATE INDEX edges_dst ON edges (dst, type);

-- NameKey.Of of each node's name, aliases and description (computed by the store, not by SQL).
CREATE TABLE name_keys (
    label TEXT    NOT NULL,
    key   TEXT    NOT NULL,
    nid   INTEGER NOT NULL REFERENCES nodes (nid) ON DELETE CASCADE,
    PRIMARY KEY (label, key, nid)
) WITHOUT ROWID;

CREATE INDEX name_keys_nid ON name_keys (nid);

-- Full-text index over names, aliases, titles, claim text and source descriptions (names_lower), rowid = nodes.nid.
-- Contentless (the text is in nodes already) and written by the store beside each node change: triggers
-- would cost several times the indexing itself.
CREATE VIRTUAL TABLE node_search USING fts5 (
    names,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
