// NewsGraph schema for Neo4j: the constraints and indexes that the Neo4j store
// (src/NewsGraph.Storage.Neo4j) applies when it connects. Kept in step with the code by a test.
//
// Every node has its model label (Article, Person, Organization, Place, AnonymousSource, Claim)
// and the shared label Node, so a lookup by id alone is an index seek. Every label's id is unique.
// The indexes serve the filters and orders of the API's lists (content hash, dates, relay count).
// Edges are unique per (type, from, to) by the store's MERGE; Community Edition has no constraint for it.
// Only short values are indexed (3.x refuses indexed values over 32 KB). The nameKeys list, which serves
// lookups by name, and the searchTerms list (the folded words of name and aliases), which serves search,
// are not: neither 3.x nor 5.x range indexes answer list membership, so such a lookup scans one label.

// Neo4j 4.4 and 5.x:
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT anonymous_source_id IF NOT EXISTS FOR (n:AnonymousSource) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX article_imported_at IF NOT EXISTS FOR (n:Article) ON (n.importedAt);
CREATE INDEX claim_first_seen_at IF NOT EXISTS FOR (n:Claim) ON (n.firstSeenAt);
CREATE INDEX claim_relay_count IF NOT EXISTS FOR (n:Claim) ON (n.relayCount);

// Neo4j 3.x to 4.3 run these instead (3.x ignores a repeat; 4.0-4.3 report it, and the store ignores that):
// CREATE CONSTRAINT ON (n:Node) ASSERT n.id IS UNIQUE;
// CREATE CONSTRAINT ON (n:Article) ASSERT n.id IS UNIQUE;
// CREATE CONSTRAINT ON (n:Person) ASSERT n.id IS UNIQUE;
// CREATE CONSTRAINT ON (n:Organization) ASSERT n.id IS UNIQUE;
// CREATE CONSTRAINT ON (n:Place) ASSERT n.id IS UNIQUE;
// CREATE CONSTRAINT ON (n:AnonymousSource) ASSERT n.id IS UNIQUE;
// CREATE CONSTRAINT ON (n:Claim) ASSERT n.id IS UNIQUE;
// CREATE INDEX ON :Article(contentHash);
// CREATE INDEX ON :Article(publishedAt);
// CREATE INDEX ON :Article(importedAt);
// CREATE INDEX ON :Claim(firstSeenAt);
// CREATE INDEX ON :Claim(relayCount);
