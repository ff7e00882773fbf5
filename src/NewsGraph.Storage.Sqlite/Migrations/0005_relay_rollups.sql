-- Aggregations over every relay (no filter) read counts kept per group on write instead of counting all of
-- relay_facts (0.2 to 0.8 s on 350,000 relays, bench/README.md). Triggers keep them: every fact that comes or goes adds
-- or takes one relay from each group it belongs to, so the roll-ups stay exactly what a count over relay_facts gives,
-- whichever order a change writes things in (0002's triggers already keep relay_facts so).
--
-- Groupings (column `grouping`): 0 outlet, 1 speaker, 2 day, 3 kind (as RelayGrouping), 4 claim (the ranking of
-- TopClaimsAsync), 5 all relays (the totals). `value` is what a fact is grouped on: the outlet's or speaker's nid, the
-- day, the kind, the claim's nid, 0 for all; 0 where the fact has none (nids start at 1, a day is text).

-- The facts already there are set aside and written again at the end, once the triggers are in place, so that the
-- triggers' lists of groups are the only definition of them.
CREATE TEMP TABLE relay_facts_present AS SELECT * FROM relay_facts;
DELETE FROM relay_facts;

-- How many relays, and altered relays, of a group carry each claim. A group's claim count changes only when one of
-- its pairs appears or goes.
CREATE TABLE relay_group_claims (
    grouping INTEGER NOT NULL,
    value             NOT NULL,
    claim    INTEGER NOT NULL,
    relays   INTEGER NOT NULL,
    altered  INTEGER NOT NULL,
    PRIMARY KEY (grouping, value, claim)
) WITHOUT ROWID;

-- A group's counts: the sums of its pairs. `key` is the group's key as the answer gives it (the node's id, the day, the
-- kind's name; NULL where the fact has none), taken when the group appears: a node's id never changes, and 0002's
-- triggers move the facts of a deleted outlet or speaker to the null group before its nid can be given again.
CREATE TABLE relay_group_counts (
    grouping INTEGER NOT NULL,
    value             NOT NULL,
    key      TEXT,
    relays   INTEGER NOT NULL,
    claims   INTEGER NOT NULL,
    altered  INTEGER NOT NULL,
    PRIMARY KEY (grouping, value)
) WITHOUT ROWID;

-- The answers' orders (RelayAggregate: most relays first, or by day; ties by key; the null key last), so that a page
-- of groups or of claims reads only its own rows.
CREATE INDEX relay_group_counts_by_relays ON relay_group_counts (grouping, relays DESC, key IS NULL, key);
CREATE INDEX relay_group_counts_by_key ON relay_group_counts (grouping, key IS NULL, key);

-- A fact's pairs, one per grouping, counted in (+1) when it is written and out (-1) when it goes: the two lists
-- mirror each other.
CREATE TRIGGER relay_group_claims_fact_inserted AFTER INSERT ON relay_facts BEGIN
    INSERT INTO relay_group_claims (grouping, value, claim, relays, altered)
    VALUES (0, coalesce(new.outlet, 0), new.claim, 1, new.kind = 2),
           (1, coalesce(new.speaker, 0), new.claim, 1, new.kind = 2),
           (2, coalesce(substr(new.published_at, 1, 10), 0), new.claim, 1, new.kind = 2),
           (3, new.kind, new.claim, 1, new.kind = 2),
           (4, new.claim, new.claim, 1, new.kind = 2),
           (5, 0, new.claim, 1, new.kind = 2)
    ON CONFLICT DO UPDATE SET relays = relays + excluded.relays, altered = altered + excluded.altered;
END;

CREATE TRIGGER relay_group_claims_fact_deleted AFTER DELETE ON relay_facts BEGIN
    INSERT INTO relay_group_claims (grouping, value, claim, relays, altered)
    VALUES (0, coalesce(old.outlet, 0), old.claim, -1, -(old.kind = 2)),
           (1, coalesce(old.speaker, 0), old.claim, -1, -(old.kind = 2)),
           (2, coalesce(substr(old.published_at, 1, 10), 0), old.claim, -1, -(old.kind = 2)),
           (3, old.kind, old.claim, -1, -(old.kind = 2)),
           (4, old.claim, old.claim, -1, -(old.kind = 2)),
           (5, 0, old.claim, -1, -(old.kind = 2))
    ON CONFLICT DO UPDATE SET relays = relays + excluded.relays, altered = altered + excluded.altered;
END;

-- A new pair is a new claim of its group (and maybe a new group).
CREATE TRIGGER relay_group_counts_pair_inserted AFTER INSERT ON relay_group_claims BEGIN
    INSERT INTO relay_group_counts (grouping, value, key, relays, claims, altered)
    VALUES (new.grouping, new.value,
            CASE new.grouping
                WHEN 2 THEN nullif(new.value, 0)
                WHEN 3 THEN CASE new.value WHEN 2 THEN 'ALTERED' WHEN 1 THEN 'PARAPHRASE' ELSE 'QUOTE' END
                WHEN 5 THEN NULL
                ELSE (SELECT id FROM nodes WHERE nid = new.value) END,
            new.relays, 1, new.altered)
    ON CONFLICT DO UPDATE SET relays = relays + excluded.relays, claims = claims + 1, altered = altered + excluded.altered;
END;

-- A pair left with no relay goes, and so does its claim from the group, and a group left with none.
CREATE TRIGGER relay_group_counts_pair_updated AFTER UPDATE ON relay_group_claims BEGIN
    UPDATE relay_group_counts
    SET relays = relays + new.relays - old.relays, altered = altered + new.altered - old.altered, claims = claims - (new.relays = 0)
    WHERE grouping = new.grouping AND value = new.value;
    DELETE FROM relay_group_claims WHERE grouping = new.grouping AND value = new.value AND claim = new.claim AND relays = 0;
    DELETE FROM relay_group_counts WHERE grouping = new.grouping AND value = new.value AND relays = 0;
END;

-- The facts set aside above are written again, for the triggers to count them.
INSERT INTO relay_facts SELECT * FROM relay_facts_present;
DROP TABLE relay_facts_present;
