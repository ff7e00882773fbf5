-- Aggregations over every relay (no filter) read counts kept per group on write instead of counting all of
-- relay_facts (0.2 to 0.8 s on 350,000 relays, bench/README.md). Triggers on relay_facts keep them: every fact that
-- comes or goes adds or takes one relay from each group it belongs to, so the roll-ups stay exactly what a count over
-- relay_facts gives, whichever order a change writes things in (0002's triggers already keep relay_facts so).
--
-- Groupings (the `grouping` column): 0 outlet, 1 speaker, 2 day, 3 kind (as RelayGrouping), 4 claim (TopClaimsAsync's
-- ranking), 5 all relays (the totals). `value` is what a fact is grouped on (an outlet's or speaker's nid, the day, the
-- kind, the claim's nid, 0 for all), 0 where the fact has none: nids start at 1 and a day is text.

-- A group's counts. `key` is the group's key as the answer gives it (the node's id, the day, the kind's name; NULL
-- where the fact has none), copied when the group appears: a node's id never changes, and a deleted outlet's or
-- speaker's facts are moved to the null group (by 0002's triggers) before its nid can be used again.
CREATE TABLE relay_group_counts (
    grouping INTEGER NOT NULL,
    value             NOT NULL,
    key      TEXT,
    relays   INTEGER NOT NULL,
    claims   INTEGER NOT NULL, -- distinct claims: the group's rows in relay_group_claims
    altered  INTEGER NOT NULL,
    PRIMARY KEY (grouping, value)
) WITHOUT ROWID;

-- The answers' orders (RelayAggregate: most relays first, or by day; ties by key; the null key last), so a page of
-- groups or claims reads only its own rows.
CREATE INDEX relay_group_counts_by_relays ON relay_group_counts (grouping, relays DESC, key IS NULL, key);
CREATE INDEX relay_group_counts_by_key ON relay_group_counts (grouping, key IS NULL, key);

-- How many of a group's relays carry each claim: a group's claim count changes only when a pair appears or goes.
CREATE TABLE relay_group_claims (
    grouping INTEGER NOT NULL,
    value             NOT NULL,
    claim    INTEGER NOT NULL,
    relays   INTEGER NOT NULL,
    PRIMARY KEY (grouping, value, claim)
) WITHOUT ROWID;

-- The groups of each fact, one row per grouping: the one definition the triggers and the backfill share.
CREATE VIEW relay_fact_groups AS
SELECT article, claim, 0 AS grouping, coalesce(outlet, 0) AS value, (SELECT id FROM nodes WHERE nid = outlet) AS key, kind = 2 AS altered
FROM relay_facts
UNION ALL
SELECT article, claim, 1, coalesce(speaker, 0), (SELECT id FROM nodes WHERE nid = speaker), kind = 2 FROM relay_facts
UNION ALL
SELECT article, claim, 2, coalesce(substr(published_at, 1, 10), 0), substr(published_at, 1, 10), kind = 2 FROM relay_facts
UNION ALL
SELECT article, claim, 3, kind, CASE kind WHEN 2 THEN 'ALTERED' WHEN 1 THEN 'PARAPHRASE' ELSE 'QUOTE' END, kind = 2 FROM relay_facts
UNION ALL
SELECT article, claim, 4, claim, (SELECT id FROM nodes WHERE nid = claim), kind = 2 FROM relay_facts
UNION ALL
SELECT article, claim, 5, 0, NULL, kind = 2 FROM relay_facts;

INSERT INTO relay_group_claims (grouping, value, claim, relays)
SELECT grouping, value, claim, count(*) FROM relay_fact_groups GROUP BY grouping, value, claim;

INSERT INTO relay_group_counts (grouping, value, key, relays, claims, altered)
SELECT grouping, value, key, count(*), count(DISTINCT claim), sum(altered) FROM relay_fact_groups GROUP BY grouping, value;

CREATE TRIGGER relay_group_counts_fact_inserted AFTER INSERT ON relay_facts BEGIN
    INSERT INTO relay_group_claims (grouping, value, claim, relays)
    SELECT grouping, value, claim, 1 FROM relay_fact_groups WHERE article = new.article AND claim = new.claim
    ON CONFLICT DO UPDATE SET relays = relays + 1;
    INSERT INTO relay_group_counts (grouping, value, key, relays, claims, altered)
    SELECT g.grouping, g.value, g.key, 1, p.relays = 1, g.altered
    FROM relay_fact_groups g
    JOIN relay_group_claims p ON p.grouping = g.grouping AND p.value = g.value AND p.claim = g.claim
    WHERE g.article = new.article AND g.claim = new.claim
    ON CONFLICT DO UPDATE SET relays = relays + 1, claims = claims + excluded.claims, altered = altered + excluded.altered;
END;

-- BEFORE, so that the fact is still there for relay_fact_groups to read its groups from.
CREATE TRIGGER relay_group_counts_fact_deleted BEFORE DELETE ON relay_facts BEGIN
    UPDATE relay_group_claims SET relays = relays - 1
    WHERE (grouping, value, claim) IN (SELECT grouping, value, claim FROM relay_fact_groups WHERE article = old.article AND claim = old.claim);
    UPDATE relay_group_counts SET relays = relays - 1, altered = altered - (old.kind = 2),
        claims = claims - (SELECT p.relays = 0 FROM relay_group_claims p
                           WHERE p.grouping = relay_group_counts.grouping AND p.value = relay_group_counts.value AND p.claim = old.claim)
    WHERE (grouping, value) IN (SELECT grouping, value FROM relay_fact_groups WHERE article = old.article AND claim = old.claim);
    DELETE FROM relay_group_claims
    WHERE relays = 0 AND (grouping, value, claim) IN (SELECT grouping, value, claim FROM relay_fact_groups WHERE article = old.article AND claim = old.claim);
    DELETE FROM relay_group_counts
    WHERE relays = 0 AND (grouping, value) IN (SELECT grouping, value FROM relay_fact_groups WHERE article = old.article AND claim = old.claim);
END;
