using System.Text.Json;

namespace NewsGraph.LoadTest;

/// <summary>
/// The requests of the benchmark: the cheapest (<c>{ __typename }</c>), the IDE's starter document as the server
/// serves it in <c>/graphql/bcp-config.json</c>, a speaker's claims, and a search. The speaker and the search word
/// are taken from the graph being served: the speaker of its most relayed claim, and that claim's longest word.
/// </summary>
public static class BenchQueries
{
    private const string ClaimsBySpeaker = """
        query ClaimsBySpeaker($speaker: String!) {
          claims(where: { speaker: $speaker }, first: 20) {
            totalCount
            nodes { id text kind relayCount alteredCount firstSeenAt speaker { name } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private const string Search = """
        query Search($text: String!) {
          search(query: $text, first: 20) {
            __typename
            ... on Claim { id text speaker { name } }
            ... on Person { id name }
            ... on Organization { id name }
            ... on Place { id name }
            ... on Article { id title }
          }
        }
        """;

    private const string MostRelayedClaim = """
        { claims(first: 1, orderBy: { field: RELAY_COUNT, direction: DESC }) { nodes { text speaker { id } } } }
        """;

    public static async Task<IReadOnlyList<BenchQuery>> ResolveAsync(LoadClient client, Uri server, CancellationToken cancellationToken)
    {
        var graphql = new Uri(server, "/graphql");
        using var config = JsonDocument.Parse(await client.GetAsync(new Uri(server, "/graphql/bcp-config.json"), cancellationToken).ConfigureAwait(false));
        var starter = config.RootElement.GetProperty("graphQLDocument").GetString()!;

        using var top = JsonDocument.Parse(await client.PostAsync(graphql, BenchQuery.Create("top", "", MostRelayedClaim).Body, cancellationToken).ConfigureAwait(false));
        var claim = top.RootElement.GetProperty("data").GetProperty("claims").GetProperty("nodes")[0];
        var speaker = claim.GetProperty("speaker").GetProperty("id").GetString()!;
        var word = claim.GetProperty("text").GetString()!.Split(' ').Select(w => new string([.. w.Where(char.IsLetter)])).MaxBy(w => w.Length)!;

        return
        [
            BenchQuery.Create("typename", "{ __typename }", "{ __typename }"),
            BenchQuery.Create("starter", "IDE starter: who relayed which statement (20 claims, their relays)", starter),
            BenchQuery.Create("speaker", $"claims by speaker ({speaker}, 20 with totalCount)", ClaimsBySpeaker, new { speaker }),
            BenchQuery.Create("search", $"search \"{word}\" (20 hits)", Search, new { text = word }),
        ];
    }
}
