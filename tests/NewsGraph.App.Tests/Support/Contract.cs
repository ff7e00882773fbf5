using System.Globalization;
using System.Text.Json;

namespace NewsGraph.App.Tests.Support;

/// <summary>Checks the JSON of <c>newsgraph extract</c> against the extraction contract.</summary>
internal static class Contract
{
    /// <summary>Parses <paramref name="json"/> (failing the test when it is not JSON) and checks its shape; returns the root.</summary>
    public static JsonElement Check(string json)
    {
        var root = JsonSerializer.Deserialize<JsonElement>(json);
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        var statementList = Array(root, "statements");
        Assert.Distinct(statementList.Select(s => String(s, "id")), StringComparer.Ordinal);
        var statements = statementList.ToDictionary(s => String(s, "id"), StringComparer.Ordinal);
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in Array(root, "articles"))
        {
            var file = String(article, "file");
            Assert.Equal(Path.GetFileName(file), file);
            files.Add(file);
            NullableString(article, "title");
            NullableString(article, "outlet");
            if (NullableString(article, "publishedAt") is { } date)
            {
                Assert.True(DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"publishedAt {date}");
            }

            foreach (var person in Array(article, "people"))
            {
                String(person, "name");
                Assert.All(Array(person, "aliases"), a => Assert.Equal(JsonValueKind.String, a.ValueKind));
                Assert.All(Array(person, "roles"), r => String(r, "title"));
            }

            Assert.All(Array(article, "organizations"), o => String(o, "name"));
            Assert.All(Array(article, "places"), p => String(p, "name"));
            foreach (var quote in Array(article, "quotes"))
            {
                NullableString(quote, "speaker");
                String(quote, "text");
                if (NullableString(quote, "statement") is { } id)
                {
                    Assert.True(statements.TryGetValue(id, out var statement), $"{file}: statement {id} is not in statements[]");
                    Assert.Contains(file, Array(statement, "articles").Select(a => a.GetString()));
                }
            }
        }

        foreach (var (id, statement) in statements)
        {
            Assert.StartsWith("claim/", id, StringComparison.Ordinal);
            NullableString(statement, "speaker");
            Assert.NotEmpty(String(statement, "canonical"));
            var articles = Array(statement, "articles");
            Assert.NotEmpty(articles);
            Assert.All(articles, a => Assert.Contains(a.GetString()!, files));
        }

        return root;
    }

    private static List<JsonElement> Array(JsonElement element, string name)
    {
        Assert.True(element.TryGetProperty(name, out var value), $"missing \"{name}\" in {element}");
        Assert.Equal(JsonValueKind.Array, value.ValueKind);
        return value.EnumerateArray().ToList();
    }

    private static string String(JsonElement element, string name) =>
        NullableString(element, name) ?? throw new Xunit.Sdk.XunitException($"\"{name}\" is null in {element}");

    private static string? NullableString(JsonElement element, string name)
    {
        Assert.True(element.TryGetProperty(name, out var value), $"missing \"{name}\" in {element}");
        Assert.True(value.ValueKind is JsonValueKind.String or JsonValueKind.Null, $"\"{name}\" is {value.ValueKind}");
        return value.GetString();
    }
}
