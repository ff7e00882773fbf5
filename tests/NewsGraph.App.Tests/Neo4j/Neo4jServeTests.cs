using NewsGraph.App.Tests.Deployment;
using NewsGraph.App.Tests.Support;
using NewsGraph.Storage.Neo4j.Tests.Server;

namespace NewsGraph.App.Tests.Neo4j;

/// <summary><c>newsgraph serve</c> on a real Neo4j server: pointed at it by <c>--neo4j</c>, and by the environment docker-compose.yml sets.</summary>
public sealed class Neo4jServeTests(Neo4jServerFixture fixture) : Neo4jCommandTestBase(fixture)
{
    private const string ArticleCount = "{ articles { totalCount } }";

    [Fact]
    public async Task Serve_with_neo4j_imports_the_seeds_into_the_empty_server_and_answers_graphql()
    {
        await using var server = await ServeProcess.StartAsync(new Dictionary<string, string>(), OnNeo4j("serve", "--urls", "http://127.0.0.1:0", "--seeds", Seeds));

        var data = await server.QueryAsync(ArticleCount);

        Assert.Equal(5, data.GetProperty("articles").GetProperty("totalCount").GetInt32());
        Assert.Equal(5, (await CountsAsync()).Nodes["Article"]);
    }

    [Fact]
    public async Task Serve_configured_by_the_compose_environment_alone_serves_from_neo4j()
    {
        // The newsgraph service's variables as Compose sets them, but for the address of the server under test:
        // the host name neo4j resolves only inside Compose's network.
        var environment = ComposeFile.Load(Repository.PathOf("docker-compose.yml")).Services["newsgraph"]
            .EnvironmentWith(new Dictionary<string, string> { ["NEO4J_PASSWORD"] = Server.Password });
        environment["NEWSGRAPH__Neo4j__Url"] = Server.Url.ToString();
        environment["NEWSGRAPH__Neo4j__User"] = Server.User;

        await using var server = await ServeProcess.StartAsync(environment, "serve", "--urls", "http://127.0.0.1:0", "--seeds", Seeds);

        var data = await server.QueryAsync(ArticleCount);

        Assert.Equal(5, data.GetProperty("articles").GetProperty("totalCount").GetInt32());
        Assert.Equal(5, (await CountsAsync()).Nodes["Article"]);
    }
}
