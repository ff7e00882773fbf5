-- The roll-ups of 0005 were kept by triggers on every relay fact: each fact written or removed updated six pairs of
-- relay_group_claims and six groups of relay_group_counts with their two order indexes, one row at a time. On the
-- 100,000-article bench graph that was about a sixth of an import's CPU time, and much of it cancelled out within the
-- same transaction (a relinked claim's relays leave one claim and join another; a fact is removed and written again).
--
-- Now a trigger only appends each fact that comes or goes to relay_fact_changes, and the writer folds the whole
-- transaction's changes into the roll-ups just before it commits (RelayRollupFold), a pair and a group at a time,
-- with the same rules as 0005's triggers: a pair is a claim's relays in a group, a group's claim count is its pairs,
-- a pair or group left with no relay goes. Readers see the roll-ups only as committed, so they see the same counts.
-- The table is empty between transactions.

DROP TRIGGER relay_group_claims_fact_inserted;
DROP TRIGGER relay_group_claims_fact_deleted;
DROP TRIGGER relay_group_counts_pair_inserted;
DROP TRIGGER relay_group_counts_pair_updated;

CREATE TABLE relay_fact_changes (
    claim        INTEGER NOT NULL,
    published_at TEXT,
    outlet       INTEGER,
    speaker      INTEGER,
    kind         INTEGER NOT NULL,
    sign         INTEGER NOT NULL -- +1 written, -1 removed
);

CREATE TRIGGER relay_fact_changes_fact_inserted AFTER INSERT ON relay_facts BEGIN
    INSERT INTO relay_fact_changes VALUES (new.claim, new.published_at, new.outlet, new.speaker, new.kind, 1);
END;

CREATE TRIGGER relay_fact_changes_fact_deleted AFTER DELETE ON relay_facts BEGIN
    INSERT INTO relay_fact_changes VALUES (old.claim, old.published_at, old.outlet, old.speaker, old.kind, -1);
END;
