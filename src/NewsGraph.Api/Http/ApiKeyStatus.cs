namespace NewsGraph.Api.Http;

/// <summary>What the request's API key header said.</summary>
internal enum ApiKeyStatus
{
    /// <summary>No header, or an empty one.</summary>
    Missing,
    /// <summary>A key that is not the configured one, or the server has none configured.</summary>
    Wrong,
    /// <summary>The configured key.</summary>
    Valid,
}
