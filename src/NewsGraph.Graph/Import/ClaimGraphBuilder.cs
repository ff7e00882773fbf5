using NewsGraph.Graph.Linking;

namespace NewsGraph.Graph.Import;

/// <summary>
/// Builds claim nodes and their edges from linked statements. Where occurrences disagree (verb, channel, cited
/// source, speaker description) the most frequent value wins, ties going to the first in ordinal order, so the
/// result depends only on the set of occurrences.
/// </summary>
internal static class ClaimGraphBuilder
{
    private const string Anonymous = "ANONYMOUS";
    private const string Person = "PERSON";
    private const string Organization = "ORGANIZATION";

    /// <param name="statements">The linked statements.</param>
    /// <param name="occurrences">Every occurrence of those statements, by article, quote and unit.</param>
    /// <param name="claimOfQuote">The claim relaying a quote's first unit, for quotes outside <paramref name="statements"/> (responses).</param>
    public static ClaimGraph Build(
        IReadOnlyList<LinkedStatement> statements,
        IReadOnlyDictionary<(string Article, int Quote, int Unit), ClaimOccurrence> occurrences,
        IReadOnlyDictionary<(string Article, int Quote), string> claimOfQuote)
    {
        var claimOf = new Dictionary<(string, int), string>(claimOfQuote);
        foreach (var statement in statements)
        {
            foreach (var linked in statement.Occurrences.Where(o => o.Occurrence.Unit == 0))
            {
                claimOf[(linked.Occurrence.Article, linked.Occurrence.Quote)] = statement.Id;
            }
        }

        var claims = new List<GraphNode>();
        var sources = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var edges = new List<GraphEdge>();
        foreach (var statement in statements)
        {
            var members = statement.Occurrences
                .Select(l => (Linked: l, Evidence: occurrences[(l.Occurrence.Article, l.Occurrence.Quote, l.Occurrence.Unit)]))
                .ToList();
            var relays = members
                .GroupBy(m => m.Linked.Occurrence.Article, StringComparer.Ordinal)
                .Select(g => g.OrderByDescending(m => m.Linked.Similarity).ThenBy(m => m.Linked.Occurrence.IsFragment).ThenBy(m => m.Linked.Occurrence.Quote).First())
                .ToList();
            edges.AddRange(relays.Select(r => r.Evidence.ToRelayedEdge(statement.Id, r.Linked)));
            claims.Add(new GraphNode(statement.Id, NodeLabels.Claim, new Dictionary<string, object?>
            {
                ["text"] = statement.Canonical,
                ["kind"] = statement.IsParaphrase ? "PARAPHRASE" : "QUOTE",
                [Props.FirstSeenAt] = members.Select(m => m.Evidence.PublishedAt).OfType<string>().Min(StringComparer.Ordinal),
                [Props.RelayCount] = (long)relays.Count,
                [Props.AlteredCount] = (long)relays.Count(r => r.Linked.Altered),
                [Props.Keywords] = members.SelectMany(m => m.Linked.Occurrence.ContentWords).Distinct().Order(StringComparer.Ordinal).ToList(),
            }));

            var evidence = members.Select(m => m.Evidence).ToList();
            if (Speaker(statement, evidence, sources) is { } speaker)
            {
                edges.Add(new GraphEdge(EdgeTypes.Stated, speaker, statement.Id, new Dictionary<string, object?>
                {
                    [Props.Verb] = MostFrequent(evidence.Select(e => e.Verb)),
                    [Props.Channel] = MostFrequent(evidence.Select(e => e.Channel)),
                }));
            }

            if (Cited(evidence, sources) is { } cited)
            {
                edges.Add(new GraphEdge(EdgeTypes.Cites, statement.Id, cited, new Dictionary<string, object?>()));
            }

            var canonical = members.OrderByDescending(m => m.Linked.Similarity).ThenBy(m => m.Linked.Occurrence.Article, StringComparer.Ordinal).First().Evidence;
            edges.AddRange(canonical.About.Select(id => new GraphEdge(EdgeTypes.About, statement.Id, id, new Dictionary<string, object?>())));
            edges.AddRange(Responses(statement.Id, evidence, claimOf));
        }

        return new ClaimGraph(claims, [.. sources.Values], edges.DistinctBy(e => e.Key).ToList());
    }

    /// <summary>The speaker's node id: the named speaker the linker grouped by, else the unnamed source most occurrences describe.</summary>
    private static string? Speaker(LinkedStatement statement, List<ClaimOccurrence> evidence, Dictionary<string, GraphNode> sources)
    {
        if (statement.Speaker is not null)
        {
            return statement.Speaker;
        }

        var description = MostFrequent(evidence.Where(e => e.SpeakerKind == Anonymous).Select(e => e.SpeakerName));
        return description is null ? null : Source(description, sources);
    }

    private static string? Cited(List<ClaimOccurrence> evidence, Dictionary<string, GraphNode> sources)
    {
        var cited = MostFrequent(evidence.Where(e => e.Cited is not null).Select(e => e.CitedKind + "\n" + e.Cited));
        if (cited is null)
        {
            return null;
        }

        var (kind, name) = (cited[..cited.IndexOf('\n', StringComparison.Ordinal)], cited[(cited.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
        return kind switch
        {
            Person => NodeIds.Person(name),
            Organization => NodeIds.Organization(name),
            _ => Source(name, sources),
        };
    }

    private static IEnumerable<GraphEdge> Responses(string claimId, List<ClaimOccurrence> evidence, Dictionary<(string, int), string> claimOf) =>
        evidence
            .Where(e => e.Stance is not null && e.RespondsToQuote is not null && e.Occurrence.Unit == 0)
            .Select(e => (e.Stance, Target: claimOf.GetValueOrDefault((e.Occurrence.Article, (int)e.RespondsToQuote!.Value))))
            .Where(r => r.Target is not null && r.Target != claimId)
            .GroupBy(r => r.Target!, StringComparer.Ordinal)
            .Select(g => new GraphEdge(EdgeTypes.RespondsTo, claimId, g.Key, new Dictionary<string, object?>
            {
                [Props.Stance] = MostFrequent(g.Select(r => r.Stance)),
            }));

    private static string Source(string description, Dictionary<string, GraphNode> sources)
    {
        // "A usually reliable source" and "a usually reliable source" are one source, described one way.
        description = description.Length > 1 && char.IsUpper(description[0]) && char.IsLower(description[1])
            ? char.ToLowerInvariant(description[0]) + description[1..]
            : description;
        var id = NodeIds.AnonymousSource(description);
        if (!sources.ContainsKey(id))
        {
            sources[id] = new GraphNode(id, NodeLabels.AnonymousSource, new Dictionary<string, object?> { [Props.Description] = description });
        }

        return id;
    }

    private static string? MostFrequent(IEnumerable<string?> values) =>
        values.OfType<string>()
            .GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
}
