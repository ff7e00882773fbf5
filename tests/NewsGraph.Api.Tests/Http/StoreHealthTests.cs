using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.Http;

/// <summary>Readiness over a working store and a store that cannot be opened, and the execution timeout over a slow store.</summary>
public sealed class StoreHealthTests(SeededApiServerFixture fixture) : IClassFixture<SeededApiServerFixture>
{
    private const string GoodQuery = """{"query":"{ claims(first: 1) { totalCount } }"}""";

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_is_200_over_the_seed_graph(string path)
    {
        var answer = await SendAsync(fixture.Server.Client, new HttpRequestMessage(HttpMethod.Get, path));

        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, "text/plain", "Healthy"), answer);
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_is_not_ready_and_a_query_says_so()
    {
        var folder = Directory.CreateTempSubdirectory("newsgraph-health-").FullName;
        try
        {
            // The database's folder path goes through a regular file: SQLite cannot create or open it.
            var blocker = Path.Combine(folder, "not-a-folder");
            await File.WriteAllTextAsync(blocker, "a file");
            await using var server = await ApiServer.StartAsync(services: services =>
                services.AddNewsGraphSqlite(options => options.Path = Path.Combine(blocker, "graph.db")));

            var live = await SendAsync(server.Client, new HttpRequestMessage(HttpMethod.Get, "/health/live"));
            var ready = await SendAsync(server.Client, new HttpRequestMessage(HttpMethod.Get, "/health/ready"));
            var query = await SendAsync(server.Client, Requests.Post(GoodQuery));

            Assert.Equal(HttpStatusCode.OK, live.Status);
            Assert.Equal(new HttpAnswer(HttpStatusCode.ServiceUnavailable, "text/plain", "Unhealthy"), ready);
            Assert.Equal(new HttpAnswer(HttpStatusCode.OK, "application/json; charset=utf-8",
                """{"errors":[{"message":"The graph store failed; the server log has the details.","locations":[{"line":1,"column":3}],"path":["claims"],"extensions":{"code":"STORE_UNAVAILABLE","codes":["STORE_UNAVAILABLE"]}}],"data":null}"""),
                query);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_slow_store_gets_the_execution_timeout_and_the_next_query_is_answered()
    {
        var folder = Directory.CreateTempSubdirectory("newsgraph-timeout-").FullName;
        try
        {
            await using var server = await ApiServer.StartAsync(
                ["Api:Limits:ExecutionTimeout=00:00:02"],
                services => services.AddCountedSqlite(Path.Combine(folder, "graph.db")));
            var store = server.Services.GetRequiredService<CountingGraphStore>();
            // Opens and migrates the file first, so that the query after the slow one costs only its own reads.
            await store.CheckHealthAsync(CancellationToken.None);

            // Far longer than the limit: the store call ends only when the timeout cancels it.
            store.Delay = TimeSpan.FromMinutes(5);
            var slow = await SendAsync(server.Client, Requests.Post(GoodQuery, accept: Requests.GraphQLResponse));
            store.Delay = TimeSpan.Zero;
            var next = await SendAsync(server.Client, Requests.Post(GoodQuery));

            Assert.Equal(new HttpAnswer(HttpStatusCode.GatewayTimeout, "application/graphql-response+json; charset=utf-8",
                """{"errors":[{"message":"The operation ran longer than the limit of 2 seconds.","extensions":{"code":"EXECUTION_TIMEOUT","codes":["EXECUTION_TIMEOUT"]}}]}"""),
                slow);
            Assert.Equal(new HttpAnswer(HttpStatusCode.OK, "application/json; charset=utf-8", """{"data":{"claims":{"totalCount":0}}}"""), next);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<HttpAnswer> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.SendAsync(request))
        {
            return await HttpAnswer.ReadAsync(response);
        }
    }
}
