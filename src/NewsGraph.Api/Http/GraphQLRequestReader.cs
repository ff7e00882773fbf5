using System.Buffers;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using NewsGraph.Api.Errors;

namespace NewsGraph.Api.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request: GET query-string parameters, or a POST body of <c>application/json</c> (one
/// request object) or <c>application/graphql</c> (the document), with query-string parameters overriding body fields.
/// Every refusal is a <see cref="TransportError"/>.
/// </summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    /// <summary>Reads a GET request.</summary>
    public GraphQLRequest ReadGet(IQueryCollection query) => Override(new GraphQLRequest(null, null, null, null), query);

    /// <summary>Reads a POST request, refusing bodies over <paramref name="maxBytes"/>.</summary>
    public async Task<GraphQLRequest> ReadPostAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
        {
            throw new InvalidContentTypeError(
                $"The Content-Type header is missing or could not be parsed; send {MediaTypes.Json} or {MediaTypes.GraphQL}.");
        }

        var encoding = EncodingOf(contentType);
        var bytes = await ReadBodyAsync(request, maxBytes, cancellationToken);
        var body = contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            ? ParseJsonBody(encoding.CodePage == Encoding.UTF8.CodePage ? bytes : Encoding.UTF8.GetBytes(encoding.GetString(bytes)))
            : contentType.MediaType.Equals(MediaTypes.GraphQL, StringComparison.OrdinalIgnoreCase)
                ? new GraphQLRequest(encoding.GetString(bytes), null, null, null)
                : throw new InvalidContentTypeError(
                    $"The Content-Type '{contentType.MediaType}' is not supported; send {MediaTypes.Json} or {MediaTypes.GraphQL}.");
        return Override(body, request.Query);
    }

    private static Encoding EncodingOf(MediaTypeHeaderValue contentType)
    {
        if (!contentType.Charset.HasValue)
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(contentType.Charset.Value!);
        }
        catch (ArgumentException)
        {
            throw new InvalidContentTypeError($"The charset '{contentType.Charset}' is not supported; send utf-8.");
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static RequestTooLargeError TooLarge(int maxBytes) =>
        new($"The request body is larger than the limit of {maxBytes} bytes.");

    // Straight from the UTF-8 bytes: decoding them to a string first made JsonDocument encode them back.
    private GraphQLRequest ParseJsonBody(byte[] utf8)
    {
        using var document = ParseJson(utf8, "The JSON body");
        var root = document.RootElement;
        return root.ValueKind switch
        {
            JsonValueKind.Object => new GraphQLRequest(
                StringMember(root, "query"), StringMember(root, "operationName"), MapMember(root, "variables"), MapMember(root, "extensions")),
            JsonValueKind.Array => throw new BatchedRequestsNotSupportedError(
                "Batched requests are not supported; send one request object per HTTP request (use aliases to ask several things at once)."),
            _ => throw new InvalidRequestParameterError("The JSON body must be an object with a `query` string."),
        };
    }

    private static JsonDocument ParseJson(ReadOnlyMemory<byte> utf8, string what)
    {
        try
        {
            return JsonDocument.Parse(utf8);
        }
        catch (JsonException exception)
        {
            throw new JsonInvalidError($"{what} could not be parsed: {exception.Message}");
        }
    }

    private static string? StringMember(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new InvalidRequestParameterError($"`{name}` must be a string; got a JSON {value.ValueKind.ToString().ToLowerInvariant()}.");

    private Inputs? MapMember(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? ToInputs(value, name) : null;

    private Inputs? ToInputs(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => serializer.ReadNode<Inputs>(value),
        _ => throw new InvalidRequestParameterError($"`{name}` must be a JSON object; got a JSON {value.ValueKind.ToString().ToLowerInvariant()}."),
    };

    private GraphQLRequest Override(GraphQLRequest request, IQueryCollection query) => new(
        Text(query, "query") ?? request.Query,
        Text(query, "operationName") ?? request.OperationName,
        Text(query, "variables") is { } variables ? ParseMap(variables, "variables") : request.Variables,
        Text(query, "extensions") is { } extensions ? ParseMap(extensions, "extensions") : request.Extensions);

    private Inputs? ParseMap(string json, string name)
    {
        using var document = ParseJson(Encoding.UTF8.GetBytes(json), $"The `{name}` parameter");
        return ToInputs(document.RootElement, name);
    }

    private static string? Text(IQueryCollection query, string name) =>
        query.TryGetValue(name, out StringValues values) && values.Count > 0 ? values[^1] : null;
}
