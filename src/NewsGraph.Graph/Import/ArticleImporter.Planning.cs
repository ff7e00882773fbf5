using System.Collections.Concurrent;
using NewsGraph.Graph.Linking;

namespace NewsGraph.Graph.Import;

public sealed partial class ArticleImporter
{
    private static readonly string[] EvidenceOfEntities = [EdgeTypes.Mentions, EdgeTypes.PublishedBy, EdgeTypes.Credits, EdgeTypes.Stated, EdgeTypes.Cites, EdgeTypes.About, EdgeTypes.LocatedIn];

    private async Task<ImportPlan> PlanImportAsync(List<ArticleEvidence> fresh, CancellationToken cancellationToken)
    {
        var entitiesTiming = ImportMetrics.Entities.Start();
        var contributions = fresh.SelectMany(f => f.Entities.Concat(f.ImpliedPlaces)).ToList();
        var entityIds = contributions.Select(c => c.Id).Distinct(StringComparer.Ordinal).ToList();
        var existing = (await _store.GetNodesAsync(entityIds, cancellationToken).ConfigureAwait(false)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var entities = contributions
            .GroupBy(c => c.Id, StringComparer.Ordinal)
            .Select(g => EntityNodes.Merge(existing.GetValueOrDefault(g.Key), g.ToList(), g.Key, g.First().Label))
            .ToList();

        var edges = new List<GraphEdge>();
        foreach (var evidence in fresh)
        {
            edges.AddRange(evidence.Entities.Select(e => e.ToMentionsEdge(evidence.Article.Id)));
            edges.AddRange(evidence.Edges);
        }

        edges.AddRange(await AffiliationsAsync(contributions, entityIds, cancellationToken).ConfigureAwait(false));
        entitiesTiming.Dispose();

        var occurrences = fresh.SelectMany(f => f.Occurrences).ToList();
        List<string> candidates;
        using (ImportMetrics.Candidates.Start())
        {
            candidates = await CandidateClaimsAsync(occurrences, cancellationToken).ConfigureAwait(false);
        }

        var relink = await RelinkAsync(candidates, occurrences, excludedArticle: null, cancellationToken).ConfigureAwait(false);
        var change = new GraphChange
        {
            DeleteNodes = [.. relink.Replaced, .. relink.OrphanedSources],
            UpsertNodes = [.. fresh.Select(f => f.Article), .. entities, .. relink.Claims.Sources, .. relink.Claims.Claims],
            UpsertEdges = [.. edges, .. relink.Claims.Edges],
        };
        return new ImportPlan(change, relink.Claims);
    }

    private async Task<GraphChange> PlanRemovalAsync(string articleId, CancellationToken cancellationToken)
    {
        var outgoing = await _store.GetEdgesAsync([articleId], EdgeDirection.Outgoing, null, cancellationToken).ConfigureAwait(false);
        var candidates = outgoing.Where(e => e.Type == EdgeTypes.Relayed).Select(e => e.To).Distinct(StringComparer.Ordinal).ToList();
        var relink = await RelinkAsync(candidates, [], articleId, cancellationToken).ConfigureAwait(false);

        var entityIds = outgoing.Where(e => e.Type is EdgeTypes.Mentions or EdgeTypes.PublishedBy or EdgeTypes.Credits).Select(e => e.To).Distinct(StringComparer.Ordinal).ToList();
        var (upserts, deletes, edges, deleteEdges) = await RebuildEntitiesAsync(entityIds, articleId, relink.Replaced, relink.Claims, cancellationToken).ConfigureAwait(false);
        return new GraphChange
        {
            DeleteEdges = deleteEdges,
            DeleteNodes = [articleId, .. relink.Replaced, .. relink.OrphanedSources, .. deletes],
            UpsertNodes = [.. upserts, .. relink.Claims.Sources, .. relink.Claims.Claims],
            UpsertEdges = [.. edges, .. relink.Claims.Edges],
        };
    }

    /// <summary>
    /// The claims new occurrences may join: claims of their speakers that share enough content words with them (see
    /// <see cref="StatementLinker.CanJoin"/>), and for unknown speakers, claims found by their words.
    /// </summary>
    private async Task<List<string>> CandidateClaimsAsync(List<ClaimOccurrence> occurrences, CancellationToken cancellationToken)
    {
        var bySpeaker = occurrences.Where(o => o.Occurrence.Speaker is not null)
            .GroupBy(o => o.Occurrence.Speaker!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(o => o.Occurrence.ContentWords).ToList(), StringComparer.Ordinal);
        var joinable = bySpeaker.Count == 0
            ? Task.FromResult(Enumerable.Empty<string>())
            : _speakerClaims.JoinableAsync(bySpeaker.Keys, speaker => bySpeaker[speaker], cancellationToken);
        var found = await FoundByWordsAsync(occurrences.Where(o => o.Occurrence.Speaker is null).Select(o => o.Occurrence.Wording), cancellationToken).ConfigureAwait(false);
        var claims = new HashSet<string>(await joinable.ConfigureAwait(false), StringComparer.Ordinal);
        claims.UnionWith(found);
        return [.. claims.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The claims a search finds for each wording: once per distinct wording, and on every core, since the searches
    /// only read the store (on 100,000 articles they were a quarter of an import's time, one after another).
    /// </summary>
    private async Task<IEnumerable<string>> FoundByWordsAsync(IEnumerable<string> wordings, CancellationToken cancellationToken)
    {
        var found = new ConcurrentBag<string>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(wordings.Distinct(StringComparer.Ordinal), options, async (wording, token) =>
        {
            foreach (var hit in await _store.SearchAsync(wording, [NodeLabels.Claim], CandidateSearchLimit, token).ConfigureAwait(false))
            {
                found.Add(hit.Node.Id);
            }
        }).ConfigureAwait(false);
        return found;
    }

    /// <summary>
    /// Links the occurrences of <paramref name="candidates"/> (less <paramref name="excludedArticle"/>'s) with new
    /// ones. Claims that come out exactly as they were are left alone; the others are replaced, together with the
    /// claims that respond to them, whose RESPONDS_TO edges must follow.
    /// </summary>
    private async Task<Relink> RelinkAsync(List<string> candidates, List<ClaimOccurrence> fresh, string? excludedArticle, CancellationToken cancellationToken)
    {
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        var responders = new HashSet<string>(StringComparer.Ordinal);
        var stored = new Dictionary<(string, int, int), (ClaimOccurrence Occurrence, string Claim)>();
        var pending = candidates;
        IReadOnlyList<LinkedStatement>? linked = null;
        while (true)
        {
            using (ImportMetrics.RelinkReads.Start())
            {
                var relayed = pending.Count == 0 ? [] : await _store.GetEdgesAsync(pending, EdgeDirection.Incoming, [EdgeTypes.Relayed], cancellationToken).ConfigureAwait(false);
                loaded.UnionWith(pending);
                foreach (var edge in relayed.Where(e => e.From != excludedArticle))
                {
                    var occurrence = ClaimOccurrence.FromRelayedEdge(edge);
                    stored.TryAdd(occurrence.Key, (occurrence, edge.To));
                }
            }

            var occurrences = stored.Values.Select(s => s.Occurrence).Concat(fresh).GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.First());
            IReadOnlyList<LinkedStatement> statements;
            using (ImportMetrics.Linking.Start())
            {
                statements = linked = LinkAgain(linked, [.. occurrences.Values.Select(o => o.Occurrence)]);
            }

            var storedCounts = stored.Values.CountBy(s => s.Claim, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
            var unchanged = statements.Where(s => !responders.Contains(s.Id) && IsUnchanged(s, stored, storedCounts, loaded, excludedArticle)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var replaced = loaded.Where(id => !unchanged.Contains(id)).Order(StringComparer.Ordinal).ToList();
            var responding = await RespondersAsync(replaced, cancellationToken).ConfigureAwait(false);
            pending = responding.Where(r => !loaded.Contains(r) || (!responders.Contains(r) && unchanged.Contains(r))).ToList();
            responders.UnionWith(responding);
            if (pending.Count > 0)
            {
                continue;
            }

            var rebuilt = statements.Where(s => !unchanged.Contains(s.Id)).ToList();
            var targets = await ResponseTargetsAsync(occurrences.Values, rebuilt, cancellationToken).ConfigureAwait(false);
            ClaimGraph claims;
            using (ImportMetrics.ClaimGraph.Start())
            {
                claims = ClaimGraphBuilder.Build(rebuilt, occurrences, targets);
            }

            var orphaned = await OrphanedSourcesAsync(replaced, claims, cancellationToken).ConfigureAwait(false);
            return new Relink(claims, replaced, orphaned);
        }
    }

    /// <summary>
    /// The statements of <paramref name="occurrences"/>. On a later round they are those <paramref name="linked"/> holds
    /// and the stored occurrences of a few responders, and only what those can reach is linked again.
    /// </summary>
    private static IReadOnlyList<LinkedStatement> LinkAgain(IReadOnlyList<LinkedStatement>? linked, List<StatementOccurrence> occurrences)
    {
        if (linked is null)
        {
            return StatementLinker.Link(occurrences);
        }

        var before = linked.SelectMany(s => s.Occurrences, (_, o) => o.Occurrence).ToHashSet(ReferenceEqualityComparer.Instance);
        var added = occurrences.Where(o => !before.Contains(o)).ToList();
        return occurrences.Count - added.Count == before.Count ? StatementLinker.LinkMore(linked, added) : StatementLinker.Link(occurrences);
    }

    /// <summary>A statement that is exactly a stored claim: same id, same occurrences, nothing new and nothing taken away.</summary>
    private static bool IsUnchanged(
        LinkedStatement statement,
        Dictionary<(string, int, int), (ClaimOccurrence Occurrence, string Claim)> stored,
        Dictionary<string, int> storedCounts,
        HashSet<string> loaded,
        string? excludedArticle) =>
        excludedArticle is null
        && loaded.Contains(statement.Id)
        && statement.Occurrences.All(o => stored.TryGetValue((o.Occurrence.Article, o.Occurrence.Quote, o.Occurrence.Unit), out var s) && s.Claim == statement.Id)
        && storedCounts.GetValueOrDefault(statement.Id) == statement.Occurrences.Count;

    private async Task<List<string>> RespondersAsync(List<string> claims, CancellationToken cancellationToken)
    {
        if (claims.Count == 0)
        {
            return [];
        }

        using var timing = ImportMetrics.RelinkReads.Start();
        var responses = await _store.GetEdgesAsync(claims, EdgeDirection.Incoming, [EdgeTypes.RespondsTo], cancellationToken).ConfigureAwait(false);
        return [.. responses.Select(e => e.From).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The claims that quotes responded to live outside the rebuilt set: find them by their articles' RELAYED edges.</summary>
    private async Task<Dictionary<(string Article, int Quote), string>> ResponseTargetsAsync(
        IEnumerable<ClaimOccurrence> occurrences, IReadOnlyList<LinkedStatement> statements, CancellationToken cancellationToken)
    {
        var rebuilt = statements.SelectMany(s => s.Occurrences).Select(o => (o.Occurrence.Article, o.Occurrence.Quote)).ToHashSet();
        var wanted = occurrences
            .Where(o => o.RespondsToQuote is not null && !rebuilt.Contains((o.Occurrence.Article, (int)o.RespondsToQuote.Value)))
            .Select(o => o.Occurrence.Article)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        using var timing = ImportMetrics.RelinkReads.Start();
        var relayed = await _store.GetEdgesAsync(wanted, EdgeDirection.Outgoing, [EdgeTypes.Relayed], cancellationToken).ConfigureAwait(false);
        return relayed
            .Select(e => (Occurrence: ClaimOccurrence.FromRelayedEdge(e).Occurrence, Claim: e.To))
            .Where(x => x.Occurrence.Unit == 0)
            .GroupBy(x => (x.Occurrence.Article, x.Occurrence.Quote))
            .ToDictionary(g => g.Key, g => g.First().Claim);
    }

    /// <summary>Unnamed sources that spoke for or were cited by claims being replaced, and that nothing else refers to any more.</summary>
    private async Task<List<string>> OrphanedSourcesAsync(List<string> replaced, ClaimGraph rebuilt, CancellationToken cancellationToken)
    {
        if (replaced.Count == 0)
        {
            return [];
        }

        using var timing = ImportMetrics.RelinkReads.Start();
        var edges = await _store.GetEdgesAsync(replaced, EdgeDirection.Both, [EdgeTypes.Stated, EdgeTypes.Cites], cancellationToken).ConfigureAwait(false);
        var sources = edges.Select(e => e.Type == EdgeTypes.Stated ? e.From : e.To).Where(id => id.StartsWith("source/", StringComparison.Ordinal)).Distinct().ToList();
        var kept = rebuilt.Edges.SelectMany(e => new[] { e.From, e.To }).ToHashSet(StringComparer.Ordinal);
        sources = sources.Where(s => !kept.Contains(s)).ToList();
        if (sources.Count == 0)
        {
            return [];
        }

        var replacedSet = replaced.ToHashSet(StringComparer.Ordinal);
        var references = await _store.GetEdgesAsync(sources, EdgeDirection.Both, null, cancellationToken).ConfigureAwait(false);
        return sources.Where(s => references.All(e => replacedSet.Contains(e.From) || replacedSet.Contains(e.To) || (e.From != s && e.To != s))).ToList();
    }

    /// <summary>AFFILIATED_WITH edges of the people in the batch: titles held at each organization, joined with those stored.</summary>
    private async Task<List<GraphEdge>> AffiliationsAsync(List<EntityContribution> contributions, List<string> entityIds, CancellationToken cancellationToken)
    {
        var people = contributions.Where(c => c.Affiliations.Count > 0).GroupBy(c => c.Id, StringComparer.Ordinal).ToList();
        if (people.Count == 0)
        {
            return [];
        }

        var stored = await _store.GetEdgesAsync(people.Select(p => p.Key).ToList(), EdgeDirection.Outgoing, [EdgeTypes.AffiliatedWith], cancellationToken).ConfigureAwait(false);
        var organizations = people.SelectMany(p => p.SelectMany(c => c.Affiliations)).Select(a => EntityContribution.SplitAffiliation(a).OrganizationId).Distinct(StringComparer.Ordinal).ToList();
        var known = entityIds.ToHashSet(StringComparer.Ordinal);
        known.UnionWith((await _store.GetNodesAsync(organizations.Where(o => !known.Contains(o)).ToList(), cancellationToken).ConfigureAwait(false)).Select(n => n.Id));
        return people.SelectMany(p => EntityNodes.Affiliations(
                p.Key,
                p.SelectMany(c => c.Affiliations).Concat(StoredAffiliations(stored.Where(e => e.From == p.Key)))))
            .Where(e => known.Contains(e.To))
            .ToList();
    }

    private static IEnumerable<string> StoredAffiliations(IEnumerable<GraphEdge> edges) =>
        edges.SelectMany(e => (e.Properties.GetValueOrDefault(Props.Role) as string ?? "")
            .Split("; ", StringSplitOptions.RemoveEmptyEntries)
            .Select(title => EntityContribution.Affiliation(e.To, title)));

    /// <summary>
    /// After an article goes, each entity it named is rebuilt from the evidence left; one with none (no mention,
    /// no outlet or credit, no claim that needs it, no place that lies in it) is deleted, and so, in turn, is a
    /// country whose only evidence was a place deleted with it.
    /// </summary>
    private async Task<(List<GraphNode> Upserts, List<string> Deletes, List<GraphEdge> Edges, List<EdgeKey> DeleteEdges)> RebuildEntitiesAsync(
        List<string> entityIds, string articleId, IReadOnlyList<string> replacedClaims, ClaimGraph claims, CancellationToken cancellationToken)
    {
        var nodes = (await _store.GetNodesAsync(entityIds, cancellationToken).ConfigureAwait(false)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var countries = await _store.GetEdgesAsync(entityIds, EdgeDirection.Outgoing, [EdgeTypes.LocatedIn], cancellationToken).ConfigureAwait(false);
        foreach (var country in await _store.GetNodesAsync(countries.Select(e => e.To).Where(id => !nodes.ContainsKey(id)).Distinct().ToList(), cancellationToken).ConfigureAwait(false))
        {
            nodes[country.Id] = country;
        }

        var ids = nodes.Keys.ToList();
        var evidence = ids.Count == 0 ? [] : await _store.GetEdgesAsync(ids, EdgeDirection.Incoming, EvidenceOfEntities, cancellationToken).ConfigureAwait(false);
        var gone = replacedClaims.Append(articleId).ToHashSet(StringComparer.Ordinal);
        var claimEvidence = claims.Edges.Where(e => e.Type is EdgeTypes.Stated or EdgeTypes.Cites or EdgeTypes.About).SelectMany(e => new[] { e.From, e.To }).ToHashSet(StringComparer.Ordinal);

        // Places go before the countries they lie in: a country kept only by a deleted place goes too.
        var deletes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids.OrderBy(id => countries.Any(e => e.To == id) ? 1 : 0))
        {
            var remaining = evidence.Where(e => e.To == id && !gone.Contains(e.From) && !deletes.Contains(e.From));
            if (!remaining.Any() && !claimEvidence.Contains(id))
            {
                deletes.Add(id);
            }
        }

        var upserts = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var deleteEdges = new List<EdgeKey>();
        var affiliations = await _store.GetEdgesAsync(ids, EdgeDirection.Outgoing, [EdgeTypes.AffiliatedWith], cancellationToken).ConfigureAwait(false);
        var organizations = affiliations.Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids.Where(id => !deletes.Contains(id)))
        {
            var node = nodes[id];
            var mentions = evidence.Where(e => e.To == id && e.Type == EdgeTypes.Mentions && e.From != articleId)
                .Select(e => EntityContribution.FromMentionsEdge(e, node.Label)).ToList();
            upserts.Add(mentions.Count > 0 ? EntityNodes.Merge(null, mentions, id, node.Label) : node);
            if (node.Label == NodeLabels.Person)
            {
                deleteEdges.AddRange(affiliations.Where(e => e.From == id).Select(e => e.Key));
                edges.AddRange(EntityNodes.Affiliations(id, mentions.SelectMany(m => m.Affiliations)).Where(e => organizations.Contains(e.To) && !deletes.Contains(e.To)));
            }
        }

        return (upserts, [.. deletes], edges, deleteEdges);
    }
}
