using System.Text.Json.Serialization;

namespace NewsGraph.Api.Ide;

/// <summary>The body of <c>/graphql/bcp-config.json</c>, which the IDE reads at start.</summary>
/// <param name="Endpoint">The GraphQL endpoint (absolute path).</param>
/// <param name="Title">The IDE's title.</param>
/// <param name="GraphQLDocument">The document a new tab starts with.</param>
internal sealed record IdeConfiguration(
    [property: JsonPropertyName("endpoint")] string Endpoint,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("graphQLDocument")] string GraphQLDocument)
{
    /// <summary>Always false: the endpoint is the one configured here, not the page's URL.</summary>
    [JsonPropertyName("useBrowserUrlAsEndpoint")]
    public bool UseBrowserUrlAsEndpoint { get; init; }

    /// <summary>Always true: the bundle would otherwise call its vendor's hosts.</summary>
    [JsonPropertyName("disableTelemetry")]
    public bool DisableTelemetry { get; init; } = true;

    /// <summary>Always false: NewsGraph uses no cookies.</summary>
    [JsonPropertyName("includeCookies")]
    public bool IncludeCookies { get; init; }

    /// <summary>The starter document: who relayed which statement.</summary>
    public const string StarterDocument = """
        # Who relayed which statement: each claim with its speaker,
        # and every relay with the relayer, its wording and intermediary.
        query WhoRelayedWhichStatement {
          claims(first: 20, orderBy: { field: RELAY_COUNT, direction: DESC }) {
            totalCount
            nodes {
              text
              speaker { name }
              relayCount
              relays {
                by {
                  __typename
                  ... on Article { title outlet { name } }
                  ... on Person { name }
                  ... on Organization { name }
                }
                wording
                altered
                via { name }
              }
            }
          }
        }
        """;
}
