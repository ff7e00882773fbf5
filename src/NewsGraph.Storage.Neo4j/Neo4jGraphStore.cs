using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Cypher;
using NewsGraph.Storage.Neo4j.Http;

namespace NewsGraph.Storage.Neo4j;

/// <summary>
/// The <see cref="IGraphStore"/> on Neo4j 3.1 to 5.x, spoken over HTTP (<c>GET /</c> picks the API). It connects on
/// first use, or at host start through <c>AddNewsGraphNeo4j</c>, and applies its constraints and indexes then.
/// Every node carries its model label and the shared label <c>Node</c>, whose unique <c>id</c> makes lookups by id
/// index seeks; a <c>nameKeys</c> list property serves <see cref="FindByNameKeysAsync"/> and a <c>searchTerms</c> one
/// <see cref="SearchAsync"/>.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore, IDisposable
{
    /// <summary>The name of the <see cref="HttpClient"/> that <c>AddNewsGraphNeo4j</c> registers.</summary>
    public const string HttpClientName = "NewsGraph.Neo4j";

    private readonly Neo4jHttpClient _http;
    private readonly Neo4jGraphStoreOptions _options;
    private readonly ILogger<Neo4jGraphStore> _logger;
    private readonly RetryPolicy _retry;
    private readonly HttpClient? _ownedClient;
    private readonly Lock _connectGate = new();
    private Task<Neo4jConnection>? _connecting;

    /// <summary>Creates the store over an <see cref="HttpClient"/> that the caller owns.</summary>
    /// <exception cref="ValidationException">The options are not valid.</exception>
    public Neo4jGraphStore(HttpClient httpClient, IOptions<Neo4jGraphStoreOptions> options, ILogger<Neo4jGraphStore> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options.Value;
        Validator.ValidateObject(_options, new ValidationContext(_options), validateAllProperties: true);
        _http = new Neo4jHttpClient(httpClient, _options);
        _logger = logger;
        _retry = new RetryPolicy(_options.MaxRetries, _options.RetryDelay, logger);
    }

    private Neo4jGraphStore(HttpClient ownedClient, Neo4jGraphStoreOptions options, ILogger<Neo4jGraphStore> logger)
        : this(ownedClient, Options.Create(options), logger) => _ownedClient = ownedClient;

    /// <summary>A store with its own <see cref="HttpClient"/> (disposed with the store), for use without dependency injection.</summary>
    public static Neo4jGraphStore Create(Neo4jGraphStoreOptions options, ILogger<Neo4jGraphStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
#pragma warning disable CA2000 // The store owns the client and disposes it.
        var client = new HttpClient(Neo4jHttpHandler.Create(options)) { Timeout = Timeout.InfiniteTimeSpan };
#pragma warning restore CA2000
        return new Neo4jGraphStore(client, options, logger ?? NullLogger<Neo4jGraphStore>.Instance);
    }

    /// <summary>Connects: discovery, credentials, constraints and indexes. Later calls return the same answer.</summary>
    public async Task<Neo4jServerInfo> InitializeAsync(CancellationToken cancellationToken)
    {
        var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return connection.Server;
    }

    /// <inheritdoc/>
    public async Task CheckHealthAsync(CancellationToken cancellationToken) =>
        await ReadAsync([new CypherStatement(ReadStatements.Ping)], cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken)
    {
        var results = await ReadAsync([.. ReadStatements.Counts.Select(text => new CypherStatement(text))], cancellationToken).ConfigureAwait(false);
        var nodes = NodeLabels.All.Select((label, i) => (label, count: results[i].SingleLong("c")))
            .ToDictionary(item => item.label, item => item.count, StringComparer.Ordinal);
        var edges = EdgeTypes.All.Select((type, i) => (type, count: results[NodeLabels.All.Count + i].SingleLong("c")))
            .ToDictionary(item => item.type, item => item.count, StringComparer.Ordinal);
        return new GraphCounts(nodes, edges);
    }

    /// <inheritdoc/>
    public void Dispose() => _ownedClient?.Dispose();

    private Task<Neo4jConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        lock (_connectGate)
        {
            if (_connecting is null || _connecting.IsFaulted || _connecting.IsCanceled)
            {
                // Shared by every caller, so no caller's token may cancel it; each caller waits with its own.
                _connecting = Neo4jConnector.ConnectAsync(_http, _options, _logger, CancellationToken.None);
            }

            return _connecting.WaitAsync(cancellationToken);
        }
    }

    private Task<IReadOnlyList<CypherResult>> ReadAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async token =>
        {
            var connection = await ConnectAsync(token).ConfigureAwait(false);
            return await connection.Dialect.RunAsync(statements, token).ConfigureAwait(false);
        }, cancellationToken);

    private async Task<CypherResult> ReadOneAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        var results = await ReadAsync([statement], cancellationToken).ConfigureAwait(false);
        return results[0];
    }
}
