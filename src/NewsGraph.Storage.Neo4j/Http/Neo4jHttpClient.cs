using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>
/// JSON over HTTP to one Neo4j server: basic auth, the request timeout, and every failure turned into a
/// <see cref="GraphStoreException"/> that names the server — Neo4j's own errors through <see cref="Neo4jErrors"/>.
/// </summary>
internal sealed class Neo4jHttpClient
{
    /// <summary>The header that pins the requests of one Query API transaction to one cluster member.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly TimeSpan _requestTimeout;
    private readonly TimeSpan _connectTimeout;

    public Neo4jHttpClient(HttpClient http, Neo4jGraphStoreOptions options)
    {
        _http = http;
        BaseUrl = options.Url;
        _requestTimeout = options.RequestTimeout;
        _connectTimeout = options.ConnectTimeout;
        if (!string.IsNullOrEmpty(options.User))
        {
            var credentials = Encoding.UTF8.GetBytes($"{options.User}:{options.Password}");
            _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        }
    }

    /// <summary>The server's URL, as configured.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Sends a request and returns the answer; throws <see cref="GraphStoreException"/> for any failure.</summary>
    /// <param name="method">GET, POST or DELETE.</param>
    /// <param name="path">The path, absolute on the server (<c>/db/neo4j/tx/commit</c>).</param>
    /// <param name="writeBody">Writes the JSON body, or null for none.</param>
    /// <param name="affinity">The Query API transaction's affinity header, if any.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<Neo4jResponse> SendAsync(
        HttpMethod method, string path, Action<Utf8JsonWriter>? writeBody, string? affinity, CancellationToken cancellationToken)
    {
        var url = new Uri(BaseUrl, path);
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(Json);
        request.Headers.Authorization = _authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (writeBody is not null)
        {
            request.Content = JsonContent(writeBody);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_requestTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            var body = Parse(bytes);
            try
            {
                ThrowIfFailed(response, body, url);
                return new Neo4jResponse(response.StatusCode, body, response.Headers.Location, AffinityOf(response));
            }
            catch
            {
                body?.Dispose();
                throw;
            }
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw timeout.IsCancellationRequested && exception.InnerException is not TimeoutException
                ? new GraphStoreException($"Neo4j at {BaseUrl} did not answer within {_requestTimeout.TotalSeconds:0.###} s ({method} {path}).", StoreErrorCodes.Timeout, isTransient: true, exception)
                : new GraphStoreException($"Neo4j at {BaseUrl} cannot be reached: no connection within {_connectTimeout.TotalSeconds:0.###} s.", StoreErrorCodes.Unreachable, isTransient: true, exception);
        }
        catch (HttpRequestException exception)
        {
            var what = exception.HttpRequestError == HttpRequestError.ConnectionError ? "cannot be reached" : "dropped the connection";
            throw new GraphStoreException($"Neo4j at {BaseUrl} {what}: {exception.Message}", StoreErrorCodes.Unreachable, isTransient: true, exception);
        }
    }

    /// <summary>Rolls back an open transaction, ignoring failures: the server rolls back a failed transaction by itself and an abandoned one when it times out.</summary>
    public async Task RollBackQuietlyAsync(string transactionPath, string? affinity)
    {
        try
        {
            using var response = await SendAsync(HttpMethod.Delete, transactionPath, writeBody: null, affinity, CancellationToken.None).ConfigureAwait(false);
        }
        catch (GraphStoreException)
        {
            // Nothing more to do: see the summary.
        }
    }

    private static ByteArrayContent JsonContent(Action<Utf8JsonWriter> writeBody)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CypherJson.WriterOptions))
        {
            writeBody(writer);
        }

        var content = new ByteArrayContent(buffer.WrittenMemory.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static JsonDocument? Parse(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void ThrowIfFailed(HttpResponseMessage response, JsonDocument? body, Uri url)
    {
        if (body is not null && body.RootElement.ValueKind == JsonValueKind.Object
            && body.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "Neo.Unknown" : "Neo.Unknown";
            var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
            // A server-side failure of 3.x can come without a message; the first line of its stack trace names it.
            if (string.IsNullOrWhiteSpace(message) && first.TryGetProperty("stackTrace", out var trace) && trace.ValueKind == JsonValueKind.String)
            {
                message = trace.GetString()?.Split('\n', 2)[0];
            }

            throw Neo4jErrors.ToException(code, message, url);
        }

        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            throw new GraphStoreException(
                $"Neo4j at {url} answered {status} {response.ReasonPhrase}.", StoreErrorCodes.HttpError,
                isTransient: response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout);
        }
    }

    private static string? AffinityOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
}
