using System.CommandLine;

namespace NewsGraph.App.Stores;

/// <summary>
/// The options that pick the store, shared by every command that uses one: <c>--store sqlite:PATH</c> or
/// <c>--neo4j URL</c> with <c>--neo4j-user</c> and <c>--neo4j-password</c>. They become configuration keys
/// (<c>Store</c>, <c>Sqlite:Path</c>, <c>Neo4j:Url</c>, ...) over appsettings and <c>NEWSGRAPH__</c> variables.
/// </summary>
internal sealed class StoreArguments
{
    private readonly Option<string?> _store = new("--store") { Description = "The embedded store: sqlite:PATH (default: newsgraph.db in the user's data folder)." };
    // A string, validated here: System.CommandLine has no parser for Uri.
    private readonly Option<string?> _neo4j = new("--neo4j") { Description = "Use the Neo4j server at this HTTP URL instead (e.g. http://127.0.0.1:7474)." };
    private readonly Option<string?> _neo4jUser = new("--neo4j-user") { Description = "Neo4j user (or NEWSGRAPH__Neo4j__User)." };
    private readonly Option<string?> _neo4jPassword = new("--neo4j-password") { Description = "Neo4j password (or NEWSGRAPH__Neo4j__Password)." };

    public StoreArguments()
    {
        _store.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && (!value.StartsWith(SqlitePrefix, StringComparison.OrdinalIgnoreCase) || value.Length == SqlitePrefix.Length))
            {
                result.AddError($"--store takes sqlite:PATH, not '{value}'.");
            }
        });
        _neo4j.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !IsHttpUrl(value))
            {
                result.AddError($"--neo4j takes an absolute http or https URL such as http://127.0.0.1:7474, not '{value}'.");
            }
        });
    }

    private const string SqlitePrefix = "sqlite:";

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_store);
        command.Options.Add(_neo4j);
        command.Options.Add(_neo4jUser);
        command.Options.Add(_neo4jPassword);
        command.Validators.Add(result =>
        {
            if (result.GetValue(_store) is not null && result.GetValue(_neo4j) is not null)
            {
                result.AddError("Give --store or --neo4j, not both.");
            }
        });
    }

    /// <summary>The configuration keys the parsed options set.</summary>
    public Dictionary<string, string?> ToConfiguration(ParseResult result)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (result.GetValue(_store) is { } store)
        {
            settings[StoreKinds.Key] = StoreKinds.Sqlite;
            settings["Sqlite:Path"] = store[SqlitePrefix.Length..];
        }

        if (result.GetValue(_neo4j) is { } url)
        {
            settings[StoreKinds.Key] = StoreKinds.Neo4j;
            settings["Neo4j:Url"] = url;
        }

        if (result.GetValue(_neo4jUser) is { } user)
        {
            settings["Neo4j:User"] = user;
        }

        if (result.GetValue(_neo4jPassword) is { } password)
        {
            settings["Neo4j:Password"] = password;
        }

        return settings;
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
