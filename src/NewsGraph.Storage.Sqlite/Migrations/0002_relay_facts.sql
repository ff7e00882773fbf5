-- Relay aggregations (IGraphStore.AggregateRelaysAsync, TopClaimsAsync) read one narrow row per relay instead of
-- joining articles, edges, outlets, speakers and JSON properties for every relay they count.
--
-- relay_facts holds, per RELAYED edge from an Article: the article's publishedAt, its outlet (PUBLISHED_BY), the
-- claim's speaker (STATED; the smallest id where there are several) and the relay's kind. Triggers keep it true
-- whichever order a change writes things in: each deletes the facts its row can affect and inserts them again from
-- the view relay_fact_rows, the one definition of a fact. (Not INSERT OR REPLACE: the writer's upserts would
-- override that conflict clause.) Rows go with their article or claim by cascade.

CREATE TABLE relay_facts (
    article      INTEGER NOT NULL REFERENCES nodes (nid) ON DELETE CASCADE,
    claim        INTEGER NOT NULL REFERENCES nodes (nid) ON DELETE CASCADE,
    published_at TEXT,             -- the article's publishedAt
    outlet       INTEGER,          -- nid of the article's outlet
    speaker      INTEGER,          -- nid of the claim's speaker
    kind         INTEGER NOT NULL, -- 0 quote, 1 paraphrase (fragment or paraphrased claim), 2 altered
    PRIMARY KEY (article, claim)
) WITHOUT ROWID;

-- Date windows (what a dashboard polls) read a covering range; speaker and outlet filters start from their few nids.
CREATE INDEX relay_facts_published ON relay_facts (published_at, outlet, speaker, kind, claim);
CREATE INDEX relay_facts_claim ON relay_facts (claim, published_at);
CREATE INDEX relay_facts_speaker ON relay_facts (speaker, published_at);
CREATE INDEX relay_facts_outlet ON relay_facts (outlet, published_at);

CREATE VIEW relay_fact_rows AS
SELECT a.nid AS article,
       c.nid AS claim,
       a.published_at AS published_at,
       (SELECT o.nid FROM edges p JOIN nodes o ON o.id = p.dst
        WHERE p.src = r.src AND p.type = 'PUBLISHED_BY' ORDER BY p.dst LIMIT 1) AS outlet,
       (SELECT s.nid FROM edges st JOIN nodes s ON s.id = st.src
        WHERE st.dst = r.dst AND st.type = 'STATED' ORDER BY st.src LIMIT 1) AS speaker,
       CASE WHEN json_extract(r.props, '$.altered') = 1 THEN 2
            WHEN json_extract(r.props, '$.fragment') = 1 OR json_extract(c.props, '$.kind') = 'PARAPHRASE' THEN 1
            ELSE 0 END AS kind,
       r.src AS article_id,
       r.dst AS claim_id
-- CROSS JOIN keeps the edge as the outer loop, so a filter on article_id or claim_id seeks the edge by its key or
-- by edges_dst; the planner would otherwise walk every article to refresh one claim's facts.
FROM edges r
CROSS JOIN nodes a
CROSS JOIN nodes c
WHERE r.type = 'RELAYED' AND a.id = r.src AND a.label = 'Article' AND c.id = r.dst;

INSERT INTO relay_facts SELECT article, claim, published_at, outlet, speaker, kind FROM relay_fact_rows;

CREATE TRIGGER relay_facts_relay_inserted AFTER INSERT ON edges
WHEN new.type = 'RELAYED' BEGIN
    DELETE FROM relay_facts WHERE article = (SELECT nid FROM nodes WHERE id = new.src) AND claim = (SELECT nid FROM nodes WHERE id = new.dst);
    INSERT INTO relay_facts
    SELECT article, claim, published_at, outlet, speaker, kind FROM relay_fact_rows WHERE article_id = new.src AND claim_id = new.dst;
END;

CREATE TRIGGER relay_facts_relay_updated AFTER UPDATE OF props ON edges
WHEN new.type = 'RELAYED' BEGIN
    DELETE FROM relay_facts WHERE article = (SELECT nid FROM nodes WHERE id = new.src) AND claim = (SELECT nid FROM nodes WHERE id = new.dst);
    INSERT INTO relay_facts
    SELECT article, claim, published_at, outlet, speaker, kind FROM relay_fact_rows WHERE article_id = new.src AND claim_id = new.dst;
END;

-- When a node goes, its edges go by cascade after it: the lookups find nothing and the facts' own cascade acts.
CREATE TRIGGER relay_facts_relay_deleted AFTER DELETE ON edges
WHEN old.type = 'RELAYED' BEGIN
    DELETE FROM relay_facts WHERE article = (SELECT nid FROM nodes WHERE id = old.src) AND claim = (SELECT nid FROM nodes WHERE id = old.dst);
    INSERT INTO relay_facts
    SELECT article, claim, published_at, outlet, speaker, kind FROM relay_fact_rows WHERE article_id = old.src AND claim_id = old.dst;
END;

CREATE TRIGGER relay_facts_outlet_inserted AFTER INSERT ON edges
WHEN new.type = 'PUBLISHED_BY' BEGIN
    DELETE FROM relay_facts WHERE article = (SELECT nid FROM nodes WHERE id = new.src);
    INSERT INTO relay_facts
    SELECT article, claim, published_at, outlet, speaker, kind FROM relay_fact_rows WHERE article_id = new.src;
END;

CREATE TRIGGER relay_facts_outlet_deleted AFTER DELETE ON edges
WHEN old.type = 'PUBLISHED_BY' BEGIN
    DELETE FROM relay_facts WHERE article = (SELECT nid FROM nodes WHERE id = old.src);
    INSERT INTO relay_facts
    SELECT article, claim, published_at, outlet, speaker, kind FROM relay_fact_rows WHERE article_id = old.src;
END;

CREATE TRIGGER relay_facts_speaker_inserted AFTER INSERT ON edges
WHEN new.type = 'STATED' BEGIN
    DELETE FROM relay_facts WHERE claim = (SELECT nid FROM nodes WHERE id = new.dst);
    INSERT INTO relay_facts
    SELECT article, claim, published_at, outlet, speaker, kind FROM relay_fact_rows WHERE claim_id = new.dst;
END;

CREATE TRIGGER relay_facts_speaker_deleted AFTER DELETE ON edges
WHEN old.type = 'STATED' BEGIN
    DELETE FROM relay_facts WHERE claim = (SELECT nid FROM nodes WHERE id = old.dst);
    INSERT INTO relay_facts
    SELECT article, claim, published_at, outlet, speaker, kind FROM relay_fact_rows WHERE claim_id = old.dst;
END;

-- An article's date or label, or a claim's kind or label, changed in place (the upsert keeps the nid).
CREATE TRIGGER relay_facts_article_updated AFTER UPDATE ON nodes
WHEN old.published_at IS NOT new.published_at OR (old.label IS NOT new.label AND 'Article' IN (old.label, new.label)) BEGIN
    DELETE FROM relay_facts WHERE article = new.nid;
    INSERT INTO relay_facts
    SELECT article, claim, published_at, outlet, speaker, kind FROM relay_fact_rows WHERE article_id = new.id;
END;

CREATE TRIGGER relay_facts_claim_updated AFTER UPDATE ON nodes
WHEN json_extract(old.props, '$.kind') IS NOT json_extract(new.props, '$.kind') OR old.label IS NOT new.label BEGIN
    DELETE FROM relay_facts WHERE claim = new.nid;
    INSERT INTO relay_facts
    SELECT article, claim, published_at, outlet, speaker, kind FROM relay_fact_rows WHERE claim_id = new.id;
END;
