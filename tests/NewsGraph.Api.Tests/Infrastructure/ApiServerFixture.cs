namespace NewsGraph.Api.Tests.Infrastructure;

/// <summary>One server for a test class, with the API key <see cref="ApiKey"/> and a CORS origin configured.</summary>
public sealed class ApiServerFixture : IAsyncLifetime
{
    /// <summary>The configured API key.</summary>
    public const string ApiKey = "test-key-4f1c";

    /// <summary>The configured CORS origin.</summary>
    public const string Origin = "https://dashboard.example.org";

    /// <summary>The server.</summary>
    public ApiServer Server { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() =>
        Server = await ApiServer.StartAsync([$"Api:ApiKey={ApiKey}", $"Api:CorsOrigins:0={Origin}"]);

    /// <inheritdoc />
    public async Task DisposeAsync() => await Server.DisposeAsync();
}
