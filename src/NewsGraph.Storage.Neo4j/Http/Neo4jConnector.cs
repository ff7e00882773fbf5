using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>
/// Finds out what the server is (<c>GET /</c>, then <c>dbms.components()</c> where the discovery document does not
/// say), picks the dialect, and applies the schema DDL that fits the version. The DDL needs credentials, so a
/// wrong password fails here, once, with a clear message.
/// </summary>
internal static partial class Neo4jConnector
{
    private const string Components = "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition";

    /// <summary>Connects to the server that <paramref name="http"/> points at.</summary>
    public static async Task<Neo4jConnection> ConnectAsync(Neo4jHttpClient http, Neo4jGraphStoreOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        DiscoveryDocument document;
        using (var response = await http.SendAsync(HttpMethod.Get, "/", writeBody: null, affinity: null, cancellationToken).ConfigureAwait(false))
        {
            document = DiscoveryDocument.Parse(response.Root, options.Database, http.BaseUrl);
        }

        INeo4jDialect dialect = document.QueryPath is { } queryPath && (options.UseQueryApi || document.TransactionPath is null)
            ? new QueryApiDialect(http, queryPath)
            : new TransactionalEndpointDialect(http, document.TransactionPath!);

        var (version, edition) = (document.Version, document.Edition);
        if (version is null)
        {
            var components = await dialect.RunAsync([new CypherStatement(Components)], cancellationToken).ConfigureAwait(false);
            var record = components[0].Records.Count > 0 ? components[0].Records[0] : null;
            version = record?.GetString("version");
            edition ??= record?.GetString("edition");
        }

        var schema = SchemaStatements.For(ParseVersion(version, http.BaseUrl));
        foreach (var statement in schema)
        {
            try
            {
                await dialect.RunAsync([new CypherStatement(statement)], cancellationToken).ConfigureAwait(false);
            }
            catch (GraphStoreException exception) when (SchemaStatements.IsAlreadyThere(exception.Code))
            {
                // 4.0–4.3 have no IF NOT EXISTS and report a rule that exists already.
            }
        }

        var server = new Neo4jServerInfo(http.BaseUrl, version!, edition ?? "unknown", dialect.Name);
        Log.SchemaEnsured(logger, schema.Count);
        Log.Connected(logger, server.Url, server.Version, server.Edition, server.Api);
        return new Neo4jConnection(dialect, server);
    }

    /// <summary>The numeric part of a version string (<c>5.26.0-aura</c> is 5.26.0).</summary>
    public static Version ParseVersion(string? version, Uri url)
    {
        var match = version is null ? null : VersionNumber().Match(version);
        return match is { Success: true } && Version.TryParse(match.Value, out var parsed)
            ? parsed
            : throw new GraphStoreException($"Neo4j at {url} reported no version this adapter can read ('{version}').", StoreErrorCodes.NotNeo4j, isTransient: false);
    }

    [GeneratedRegex(@"^\d+\.\d+(\.\d+)?")]
    private static partial Regex VersionNumber();
}
