using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace NewsGraph.Storage.Neo4j.Tests.Unit;

/// <summary>
/// A scripted Neo4j over HTTP, in memory: it answers discovery with the given document, every other request with
/// the next answer its test queued for that path (or an empty result), and records what it was sent.
/// </summary>
public sealed class FakeNeo4j(string discovery) : HttpMessageHandler
{
    private readonly Dictionary<string, Queue<Func<HttpResponseMessage>>> _answers = [];

    public const string Server3 = """{"management":"http://localhost:7474/db/manage/","data":"http://localhost:7474/db/data/","bolt":"bolt://localhost:7687"}""";

    public const string Server43 = """{"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"4.3.2","neo4j_edition":"community"}""";

    public const string Server5 = """{"bolt_routing":"neo4j://localhost:7687","query":"http://localhost:7474/db/{databaseName}/query/v2","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"5.26.0","neo4j_edition":"enterprise"}""";

    public List<(HttpMethod Method, string Path, string? Affinity, JsonNode? Body)> Requests { get; } = [];

    /// <summary>Requests after discovery and schema set-up.</summary>
    public IEnumerable<(HttpMethod Method, string Path, string? Affinity, JsonNode? Body)> DataRequests =>
        Requests.Where(request => request.Method != HttpMethod.Get && !StatementOf(request.Body).StartsWith("CREATE ", StringComparison.Ordinal));

    /// <summary>Queues an answer for the next request to <paramref name="path"/>.</summary>
    public FakeNeo4j Answer(string path, string json, HttpStatusCode status = HttpStatusCode.OK, string? affinity = null)
    {
        if (!_answers.TryGetValue(path, out var queue))
        {
            _answers[path] = queue = new Queue<Func<HttpResponseMessage>>();
        }

        queue.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            if (affinity is not null)
            {
                response.Headers.Add("neo4j-cluster-affinity", affinity);
            }

            return response;
        });
        return this;
    }

    public Neo4jGraphStore Store(Action<Neo4jGraphStoreOptions>? configure = null)
    {
        var options = new Neo4jGraphStoreOptions { Url = new Uri("http://neo4j.test:7474"), Password = "secret", RetryDelay = TimeSpan.Zero };
        configure?.Invoke(options);
#pragma warning disable CA2000 // The test owns the handler; the client only borrows it.
        return new Neo4jGraphStore(new HttpClient(this, disposeHandler: false), Options.Create(options), NullLogger<Neo4jGraphStore>.Instance);
#pragma warning restore CA2000
    }

    public static string StatementOf(JsonNode? body) =>
        body?["statement"]?.GetValue<string>() ?? body?["statements"]?.AsArray().FirstOrDefault()?["statement"]?.GetValue<string>() ?? "";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var text = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        var affinity = request.Headers.TryGetValues("neo4j-cluster-affinity", out var values) ? values.Single() : null;
        Requests.Add((request.Method, path, affinity, text is null ? null : JsonNode.Parse(text)));
        if (request.Method == HttpMethod.Get && path == "/")
        {
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(discovery, Encoding.UTF8, "application/json") };
        }

        return _answers.TryGetValue(path, out var queue) && queue.Count > 0
            ? queue.Dequeue()()
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"results":[],"errors":[]}""", Encoding.UTF8, "application/json") };
    }
}
