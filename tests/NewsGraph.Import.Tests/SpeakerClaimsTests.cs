using NewsGraph.Graph;
using NewsGraph.Graph.Import;

namespace NewsGraph.Import.Tests;

/// <summary>The importer's cache of speakers' claims keeps the speakers quoted most recently, up to its capacity.</summary>
public sealed class SpeakerClaimsTests : IAsyncDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly IReadOnlySet<string> HarbourWords = new HashSet<string>(["harbour", "dredging", "budget"], StringComparer.Ordinal);
    private readonly ImportFixture _fixture = new();

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task A_speaker_pushed_out_by_others_is_read_from_the_store_again()
    {
        var claims = new SpeakerClaims(_fixture.Store, capacity: 2);
        await _fixture.Store.ApplyAsync(Said("person/ana-lima", "claim/1"), Ct);
        Assert.Equal(["claim/1"], await JoinableAsync(claims, "person/ana-lima"));

        // Written behind the cache's back: a kept speaker does not see it; one read again does.
        await _fixture.Store.ApplyAsync(Said("person/ana-lima", "claim/2"), Ct);
        Assert.Equal(["claim/1"], await JoinableAsync(claims, "person/ana-lima"));
        await JoinableAsync(claims, "person/kofi-mensah");
        await JoinableAsync(claims, "person/yuki-sato");

        Assert.Equal(["claim/1", "claim/2"], await JoinableAsync(claims, "person/ana-lima"));
    }

    [Fact]
    public async Task A_speaker_quoted_again_stays_while_others_are_pushed_out()
    {
        var claims = new SpeakerClaims(_fixture.Store, capacity: 2);
        await _fixture.Store.ApplyAsync(Said("person/ana-lima", "claim/1"), Ct);
        await JoinableAsync(claims, "person/ana-lima");
        await _fixture.Store.ApplyAsync(Said("person/ana-lima", "claim/2"), Ct);

        await JoinableAsync(claims, "person/kofi-mensah");
        await JoinableAsync(claims, "person/ana-lima");
        await JoinableAsync(claims, "person/yuki-sato");

        Assert.Equal(["claim/1"], await JoinableAsync(claims, "person/ana-lima"));
    }

    private static async Task<List<string>> JoinableAsync(SpeakerClaims claims, string speaker) =>
        [.. (await claims.JoinableAsync([speaker], _ => [HarbourWords], Ct)).Order(StringComparer.Ordinal)];

    private static GraphChange Said(string speaker, string claim) => new()
    {
        UpsertNodes =
        [
            new GraphNode(speaker, NodeLabels.Person, new Dictionary<string, object?> { ["name"] = speaker }),
            new GraphNode(claim, NodeLabels.Claim, new Dictionary<string, object?> { ["text"] = "The harbour dredging budget.", [Props.Keywords] = new List<string>(HarbourWords) }),
        ],
        UpsertEdges = [new GraphEdge(EdgeTypes.Stated, speaker, claim, new Dictionary<string, object?>())],
    };
}
