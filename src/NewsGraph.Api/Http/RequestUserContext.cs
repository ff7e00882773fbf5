namespace NewsGraph.Api.Http;

/// <summary>The user context of one request: what the transport learnt that validation rules need.</summary>
internal sealed class RequestUserContext : Dictionary<string, object?>
{
    /// <summary>Creates the context.</summary>
    public RequestUserContext(ApiKeyStatus apiKey, string apiKeyHeader)
    {
        ApiKey = apiKey;
        ApiKeyHeader = apiKeyHeader;
    }

    /// <summary>What the API key header said.</summary>
    public ApiKeyStatus ApiKey { get; }

    /// <summary>The name of the API key header, for error messages.</summary>
    public string ApiKeyHeader { get; }
}
