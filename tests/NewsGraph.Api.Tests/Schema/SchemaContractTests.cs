using System.Net.Http.Json;
using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.Schema;

/// <summary>The served schema is the schema file, and every element of it carries a description.</summary>
public sealed class SchemaContractTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private static readonly SDLPrinter Printer = new();
    private static readonly string SchemaFile = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "newsgraph.graphql"));

    [Fact]
    public async Task Served_sdl_is_the_schema_file()
    {
        var served = await fixture.Server.Client.GetStringAsync("/graphql/schema.graphql");

        Assert.Equal(Definitions(SchemaFile), Definitions(served));
    }

    /// <summary>Each definition printed alone, by name: the file may order its definitions as it likes.</summary>
    private static SortedDictionary<string, string> Definitions(string sdl) =>
        new(Parser.Parse(sdl).Definitions.ToDictionary(
            definition => (definition as GraphQLTypeDefinition)?.Name.StringValue ?? definition.Kind.ToString(),
            definition => Printer.Print(definition)), StringComparer.Ordinal);

    [Fact]
    public async Task Introspection_shows_the_types_and_fields_of_the_schema_file()
    {
        var expected = TypesAndFields(Parser.Parse(SchemaFile));
        using var response = await fixture.Server.Client.PostAsJsonAsync("/graphql",
            new { query = "{ __schema { types { name fields { name } inputFields { name } enumValues { name } } } }" });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var served = body.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray()
            .Where(type => !type.GetProperty("name").GetString()!.StartsWith("__", StringComparison.Ordinal))
            .Where(type => type.GetProperty("name").GetString() is not ("String" or "Int" or "Float" or "Boolean" or "ID"))
            .ToDictionary(type => type.GetProperty("name").GetString()!, type => string.Join(",", MemberNames(type)));

        Assert.Equal(expected.OrderBy(pair => pair.Key, StringComparer.Ordinal), served.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_type_field_argument_and_value_of_the_schema_file_has_a_description()
    {
        var document = Parser.Parse(SchemaFile);
        var undescribed = new List<string>();
        foreach (var definition in document.Definitions.OfType<GraphQLTypeDefinition>())
        {
            Check(definition.Name.StringValue, definition.Description);
            var fields = definition switch
            {
                GraphQLObjectTypeDefinition type => type.Fields?.Items.Select(field => (field.Name.StringValue, field.Description, field.Arguments?.Items)),
                GraphQLInterfaceTypeDefinition type => type.Fields?.Items.Select(field => (field.Name.StringValue, field.Description, field.Arguments?.Items)),
                GraphQLInputObjectTypeDefinition type => type.Fields?.Items.Select(field => (field.Name.StringValue, field.Description, (List<GraphQLInputValueDefinition>?)null)),
                GraphQLEnumTypeDefinition type => type.Values?.Items.Select(value => (value.Name.StringValue, value.Description, (List<GraphQLInputValueDefinition>?)null)),
                _ => null,
            };
            foreach (var (name, description, arguments) in fields ?? [])
            {
                Check($"{definition.Name.StringValue}.{name}", description);
                foreach (var argument in arguments ?? [])
                {
                    Check($"{definition.Name.StringValue}.{name}({argument.Name.StringValue})", argument.Description);
                }
            }
        }

        Assert.Empty(undescribed);

        void Check(string element, GraphQLDescription? description)
        {
            if (string.IsNullOrWhiteSpace(description?.Value.ToString()))
            {
                undescribed.Add(element);
            }
        }
    }

    private static Dictionary<string, string> TypesAndFields(GraphQLDocument document) =>
        document.Definitions.OfType<GraphQLTypeDefinition>().ToDictionary(
            definition => definition.Name.StringValue,
            definition => string.Join(",", (definition switch
            {
                GraphQLObjectTypeDefinition type => type.Fields?.Items.Select(field => field.Name.StringValue),
                GraphQLInterfaceTypeDefinition type => type.Fields?.Items.Select(field => field.Name.StringValue),
                GraphQLInputObjectTypeDefinition type => type.Fields?.Items.Select(field => field.Name.StringValue),
                GraphQLEnumTypeDefinition type => type.Values?.Items.Select(value => value.Name.StringValue),
                _ => null,
            } ?? []).Order(StringComparer.Ordinal)));

    private static IEnumerable<string> MemberNames(JsonElement type) =>
        new[] { "fields", "inputFields", "enumValues" }
            .Select(member => type.GetProperty(member))
            .Where(list => list.ValueKind == JsonValueKind.Array)
            .SelectMany(list => list.EnumerateArray().Select(item => item.GetProperty("name").GetString()!))
            .Order(StringComparer.Ordinal);
}
