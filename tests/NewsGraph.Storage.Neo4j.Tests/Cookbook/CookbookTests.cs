using NewsGraph.Storage.Neo4j.Tests.Seeds;
using NewsGraph.Storage.Neo4j.Tests.Server;

namespace NewsGraph.Storage.Neo4j.Tests.Cookbook;

/// <summary>Every query of <c>docs/cypher.md</c>, run on the real Neo4j holding the seeds, answers exactly the table printed under it.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class CookbookTests(Neo4jServerFixture fixture)
{
    [Fact]
    public void The_cookbook_has_at_least_ten_queries_each_with_its_answer()
    {
        var queries = Cookbook.Read(File.ReadAllText(Cookbook.Path));

        Assert.True(queries.Count >= 10, $"docs/cypher.md has {queries.Count} queries.");
        Assert.All(queries, query => Assert.NotEmpty(query.Answer.Columns));
    }

    [Fact]
    public async Task Every_query_answers_the_table_printed_under_it_on_the_seed_graph()
    {
        using (var store = fixture.CreateStore())
        {
            await Neo4jServerFixture.ClearAsync(store);
            await SeedImport.ImportAsync(store);
        }

        using var console = new CypherConsole(fixture);
        var wrong = new List<string>();
        foreach (var query in Cookbook.Read(File.ReadAllText(Cookbook.Path)))
        {
            var answer = AnswerTable.Of(await console.RunAsync(query.Cypher), query.Answer.Columns);
            if (answer.ToMarkdown() != query.Answer.ToMarkdown())
            {
                wrong.Add($"'{query.Heading}' answers differently; the table under it should read:\n\n{answer.ToMarkdown()}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
