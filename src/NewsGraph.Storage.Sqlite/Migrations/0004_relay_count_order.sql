-- "The most relayed claims" is the question NewsGraph answers first (the IDE's starter document, the dashboard's
-- top claims), and sorting every claim for each page of it cost a temporary B-tree per request. This index holds
-- the order of that list exactly as NodeListSql.OrderBy writes it for RelayCount, descending, so a page reads only
-- its own rows. Nodes of other labels have no relay count and sit in their own label's range.

CREATE INDEX nodes_relay_count_order ON nodes (label, relay_count IS NULL, relay_count DESC, id);
