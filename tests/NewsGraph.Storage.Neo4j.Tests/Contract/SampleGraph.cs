using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Tests.Contract;

/// <summary>A small graph in the shape of the seeds: a claim stated by a columnist, relayed by two articles, disputed by a spokesperson.</summary>
public static class SampleGraph
{
    public const string Rachman = "person/gideon-rachman";
    public const string Dietz = "person/charlie-dietz";
    public const string FinancialTimes = "org/financial-times";
    public const string TaskAndPurpose = "org/task-and-purpose";
    public const string Pentagon = "org/pentagon";
    public const string Kursk = "place/kursk";
    public const string Russia = "place/russia";
    public const string ReliableSource = "source/a-usually-reliable-source";
    public const string FtArticle = "article/0a1b2c3d4e5f6a7b";
    public const string TpArticle = "article/9f8e7d6c5b4a3f2e";
    public const string InternetClaim = "claim/1a2b3c4d5e6f";
    public const string ConfirmClaim = "claim/6f5e4d3c2b1a";

    public static GraphChange Change { get; } = new()
    {
        UpsertNodes =
        [
            Node(Rachman, NodeLabels.Person, ("name", "Gideon Rachman"), ("aliases", new[] { "Rachman" })),
            Node(Dietz, NodeLabels.Person, ("name", "Charlie Dietz"), ("aliases", new[] { "Dietz", "Lt. Col. Charlie Dietz" })),
            Node(FinancialTimes, NodeLabels.Organization, ("name", "Financial Times"), ("aliases", new[] { "FT", "The Financial Times" }), ("kind", "NEWS_OUTLET")),
            Node(TaskAndPurpose, NodeLabels.Organization, ("name", "Task & Purpose"), ("aliases", Array.Empty<string>()), ("kind", "NEWS_OUTLET")),
            Node(Pentagon, NodeLabels.Organization, ("name", "Pentagon"), ("kind", "GOVERNMENT")),
            Node(Kursk, NodeLabels.Place, ("name", "Kursk"), ("aliases", new[] { "Kursk region" }), ("kind", "REGION")),
            Node(Russia, NodeLabels.Place, ("name", "Russia"), ("kind", "COUNTRY")),
            Node(ReliableSource, NodeLabels.AnonymousSource, ("description", "a usually reliable source")),
            Node(FtArticle, NodeLabels.Article, ("title", "North Korean troops in Russia are online"), ("outlet", "Financial Times"),
                ("publishedAt", "2024-11-12T10:00:00Z"), ("importedAt", "2024-11-20T08:00:00Z"), ("wordCount", 812L), ("contentHash", "0a1b2c3d4e5f6a7b99"),
                ("language", "en"), ("source", "seeds/ft.txt")),
            Node(TpArticle, NodeLabels.Article, ("title", "Pentagon cannot confirm the report"), ("outlet", "Task & Purpose"),
                ("publishedAt", "2024-11-14T16:30:00Z"), ("importedAt", "2024-11-20T08:00:01Z"), ("wordCount", 455L), ("contentHash", "9f8e7d6c5b4a3f2e11"),
                ("language", "en"), ("source", "seeds/tp.txt")),
            Node(InternetClaim, NodeLabels.Claim, ("text", "North Korean soldiers in Russia have unfettered internet access"), ("kind", "QUOTE"),
                ("firstSeenAt", "2024-11-12T10:00:00Z"), ("relayCount", 2L), ("alteredCount", 1L)),
            Node(ConfirmClaim, NodeLabels.Claim, ("text", "We cannot confirm that"), ("kind", "QUOTE"),
                ("firstSeenAt", "2024-11-14T16:30:00Z"), ("relayCount", 0L), ("alteredCount", 0L)),
        ],
        UpsertEdges =
        [
            Edge(EdgeTypes.Stated, Rachman, InternetClaim, ("verb", "wrote"), ("channel", "X")),
            Edge(EdgeTypes.Stated, Dietz, ConfirmClaim, ("verb", "told"), ("channel", "Task & Purpose")),
            Edge(EdgeTypes.Relayed, FtArticle, InternetClaim, ("wording", "have unfettered internet access"), ("similarity", 1.0), ("altered", false)),
            Edge(EdgeTypes.Relayed, TpArticle, InternetClaim, ("wording", "had unrestricted access to the internet"), ("similarity", 0.71), ("altered", true), ("via", "Financial Times")),
            Edge(EdgeTypes.Cites, InternetClaim, ReliableSource),
            Edge(EdgeTypes.RespondsTo, ConfirmClaim, InternetClaim, ("stance", "CANNOT_CONFIRM")),
            Edge(EdgeTypes.About, InternetClaim, Kursk),
            Edge(EdgeTypes.PublishedBy, FtArticle, FinancialTimes),
            Edge(EdgeTypes.PublishedBy, TpArticle, TaskAndPurpose),
            Edge(EdgeTypes.Credits, TpArticle, FinancialTimes),
            Edge(EdgeTypes.Mentions, FtArticle, Kursk, ("count", 3L)),
            Edge(EdgeTypes.Mentions, TpArticle, Pentagon, ("count", 2L)),
            Edge(EdgeTypes.AffiliatedWith, Rachman, FinancialTimes, ("role", "chief foreign affairs commentator")),
            Edge(EdgeTypes.AffiliatedWith, Dietz, Pentagon, ("role", "spokesperson")),
            Edge(EdgeTypes.LocatedIn, Kursk, Russia),
        ],
    };

    public static GraphNode NodeOf(string id) => Change.UpsertNodes.Single(node => node.Id == id);

    public static GraphNode Node(string id, string label, params (string Key, object? Value)[] properties) =>
        new(id, label, properties.ToDictionary(property => property.Key, property => property.Value));

    public static GraphEdge Edge(string type, string from, string to, params (string Key, object? Value)[] properties) =>
        new(type, from, to, properties.ToDictionary(property => property.Key, property => property.Value));
}
