using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NewsGraph.Api.Http;

/// <summary>
/// Makes GET answers of the GraphQL endpoint cheap to poll: an answer with data and no errors gets a strong
/// <c>ETag</c> (a hash of its media type and body) and <c>Cache-Control: public, max-age</c>; a request whose
/// <c>If-None-Match</c> names that tag gets 304 without a body. Any other GET answer gets <c>no-store</c>.
/// </summary>
internal sealed class GetCachingMiddleware(RequestDelegate next, IOptions<GetCachingOptions> options, PathString path)
{
    private readonly string _cacheControl = "public, max-age=" + ((long)options.Value.MaxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    /// <summary>Answers one request: GETs of the endpoint's path through the cache rules, anything else as it is.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || context.Request.Path != path)
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var body = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }

        if (response.StatusCode == StatusCodes.Status200OK && IsJson(response.ContentType) && HasDataWithoutErrors(buffer))
        {
            var etag = new EntityTagHeaderValue(Tag(response.ContentType!, buffer));
            response.Headers.ETag = etag.ToString();
            response.Headers.CacheControl = _cacheControl;
            response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
            if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }
        else if (response.StatusCode != StatusCodes.Status302Found)
        {
            response.Headers.CacheControl = "no-store";
        }

        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Value is MediaTypes.Json or MediaTypes.GraphQLResponseJson;

    // An answer with errors may be a passing failure (the store was down): it must not be reused.
    private static bool HasDataWithoutErrors(MemoryStream buffer)
    {
        var reader = new Utf8JsonReader(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        var data = false;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("errors"))
            {
                return false;
            }

            data |= reader.ValueTextEquals("data");
            reader.Read();
            reader.Skip();
        }

        return data;
    }

    private static string Tag(string contentType, MemoryStream buffer)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(contentType));
        hash.AppendData(buffer.GetBuffer(), 0, (int)buffer.Length);
        return "\"" + Convert.ToBase64String(hash.GetHashAndReset(), 0, 18).Replace('+', '-').Replace('/', '_') + "\"";
    }
}
