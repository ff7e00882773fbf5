using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsGraph.Api.Hosting;
using NewsGraph.Api.Tests.Infrastructure;
using NewsGraph.Corpus;

namespace NewsGraph.Api.Tests.Loading;

/// <summary>
/// The DataLoaders batch every edge: a page of claims with their speakers, relays, relayers, outlets and
/// intermediaries costs the same number of store calls whatever the page size, counted around the real SQLite store.
/// </summary>
public sealed class BatchedLoadingTests(BatchedLoadingTests.CorpusServerFixture fixture) : IClassFixture<BatchedLoadingTests.CorpusServerFixture>
{
    private const string PageQuery = """
        query($first: Int) { claims(first: $first) { nodes {
            text relayCount speaker { name }
            relays { wording altered via { name } by { __typename ... on Article { title outlet { name } } ... on Person { name } ... on Organization { name } } } } } }
        """;

    [Fact]
    public async Task A_page_of_50_claims_costs_as_many_store_calls_as_a_page_of_5()
    {
        var (small, smallCalls) = await CountedPageAsync(5);
        var (large, largeCalls) = await CountedPageAsync(50);

        Assert.Equal(5, small.Count);
        Assert.Equal(50, large.Count);
        // The large page really walks more edges: more relays, and relays with outlets.
        Assert.True(Relays(large).Count() > Relays(small).Count());
        Assert.Contains(Relays(large), relay => relay.GetProperty("by").TryGetProperty("outlet", out var outlet) && outlet.ValueKind == JsonValueKind.Object);
        Assert.True(smallCalls.Count == largeCalls.Count, $"5 claims: {smallCalls.Description}; 50 claims: {largeCalls.Description}");
        // Measured: one list, three edge loads (speakers, relays, outlets) and two node loads (speakers with relayers and
        // intermediaries, then outlets) — six calls; 1+N loading would cost hundreds here.
        Assert.True(largeCalls.Count <= 10, largeCalls.Description);
    }

    private static IEnumerable<JsonElement> Relays(List<JsonElement> claims) => claims.SelectMany(claim => claim.GetProperty("relays").EnumerateArray());

    private async Task<(List<JsonElement> Claims, (int Count, string Description) Calls)> CountedPageAsync(int first)
    {
        var store = fixture.Server.Services.GetRequiredService<CountingGraphStore>();
        store.Reset();
        using var response = await fixture.Server.Client.PostAsJsonAsync("/graphql", new { query = PageQuery, variables = new { first } });
        var calls = (store.Calls, store.Describe());
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return ([.. body.GetProperty("data").GetProperty("claims").GetProperty("nodes").EnumerateArray()], calls);
    }

    /// <summary>A server over the seeds plus 30 generated articles (more than 50 claims), its store counted.</summary>
    public sealed class CorpusServerFixture : IAsyncLifetime
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("newsgraph-loading-").FullName;

        /// <summary>The server.</summary>
        public ApiServer Server { get; private set; } = null!;

        /// <inheritdoc />
        public async Task InitializeAsync()
        {
            var articles = Path.Combine(_folder, "articles");
            CorpusWriter.Write(new CorpusGenerator().Generate(30), articles);
            foreach (var seed in Directory.GetFiles(Path.Combine(NodeScript.RepositoryRoot, "seeds"), "*.txt"))
            {
                File.Copy(seed, Path.Combine(articles, Path.GetFileName(seed)));
            }

            Server = await ApiServer.StartAsync(services: services => services.AddCountedSqlite(Path.Combine(_folder, "graph.db")));
            Assert.Equal(35, await Server.Services.GetRequiredService<SeedImport>().ImportIfEmptyAsync(articles, CancellationToken.None));
        }

        /// <inheritdoc />
        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
