using NewsGraph.Graph;
using static NewsGraph.Storage.Conformance.GraphBuilder;

namespace NewsGraph.Storage.Neo4j.Tests.Aggregations;

/// <summary>
/// A graph of relays drawn from a fixed seed: outlets and articles without one, dated, timed and undated articles,
/// speakers of every kind (one claim with two, one with none), quoted, fragmentary, paraphrased and altered relays,
/// and a person's relay that aggregations leave out.
/// </summary>
public static class RandomRelayGraph
{
    public static readonly string[] Outlets = ["org/alpha", "org/beta", "org/gamma"];

    public static readonly string[] Speakers = ["person/ann", "person/bob", "org/gamma", "source/whisper"];

    public static GraphChange Create(int articles, int claims, int seed)
    {
        var random = new Random(seed);
        var nodes = new List<GraphNode>
        {
            NewNode("org/alpha", NodeLabels.Organization, ("name", "Alpha News"), ("aliases", new[] { "The Alpha" })),
            NewNode("org/beta", NodeLabels.Organization, ("name", "Beta Times")),
            NewNode("org/gamma", NodeLabels.Organization, ("name", "Gamma Agency")),
            NewNode("person/ann", NodeLabels.Person, ("name", "Ann Speaker"), ("aliases", new[] { "Annie" })),
            NewNode("person/bob", NodeLabels.Person, ("name", "Bob Talker")),
            NewNode("source/whisper", NodeLabels.AnonymousSource, ("description", "a person familiar with the matter")),
        };
        var edges = new List<GraphEdge>();
        for (var c = 0; c < claims; c++)
        {
            var id = $"claim/{c:D3}";
            nodes.Add(NewNode(id, NodeLabels.Claim, ("text", $"Claim {c}"), ("kind", random.Next(4) == 0 ? "PARAPHRASE" : "QUOTE")));
            if (c % 7 != 6)
            {
                edges.Add(NewEdge(EdgeTypes.Stated, Speakers[random.Next(Speakers.Length)], id));
            }
        }

        edges.Add(NewEdge(EdgeTypes.Stated, "person/bob", "claim/000"));
        edges.Add(NewEdge(EdgeTypes.Stated, "person/ann", "claim/000"));
        for (var a = 0; a < articles; a++)
        {
            var id = $"article/{a:D3}";
            var day = random.Next(5);
            var publishedAt = day == 4 ? null : $"2024-11-0{day + 1}" + (random.Next(2) == 0 ? "" : $"T{random.Next(24):D2}:30:00Z");
            nodes.Add(NewNode(id, NodeLabels.Article, ("title", $"Article {a}"), ("publishedAt", publishedAt)));
            if (random.Next(4) != 0)
            {
                edges.Add(NewEdge(EdgeTypes.PublishedBy, id, Outlets[random.Next(Outlets.Length)]));
            }

            foreach (var claim in Enumerable.Range(0, claims).OrderBy(_ => random.Next()).Take(1 + random.Next(4)))
            {
                edges.Add(NewEdge(EdgeTypes.Relayed, id, $"claim/{claim:D3}", ("altered", random.Next(4) == 0), ("fragment", random.Next(5) == 0)));
            }
        }

        edges.Add(NewEdge(EdgeTypes.Relayed, "person/bob", "claim/001", ("altered", true)));
        return new GraphChange { UpsertNodes = [.. nodes.Select(n => n with { Properties = n.Properties.Where(p => p.Value is not null).ToDictionary() })], UpsertEdges = edges };
    }
}
