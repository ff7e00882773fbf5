using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NewsGraph.App.Tests.Deployment;

/// <summary>The parts of a docker-compose file that the deployment tests check, read with YamlDotNet.</summary>
internal sealed partial class ComposeFile
{
    public Dictionary<string, ComposeService> Services { get; set; } = [];

    public Dictionary<string, object?> Volumes { get; set; } = [];

    public static ComposeFile Load(string path) =>
        new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<ComposeFile>(File.ReadAllText(path));

    /// <summary>
    /// <paramref name="value"/> with <c>${NAME}</c>, <c>${NAME:-default}</c> and <c>$$</c> replaced as Compose does,
    /// taking the variables from <paramref name="variables"/> (the shell or an .env file, for Compose).
    /// </summary>
    public static string Interpolate(string value, IReadOnlyDictionary<string, string> variables) =>
        Variable().Replace(value, match => match.Value == "$$"
            ? "$"
            : variables.TryGetValue(match.Groups["name"].Value, out var set) && (set.Length > 0 || !match.Groups["colon"].Success)
                ? set
                : match.Groups["default"].Value);

    [GeneratedRegex(@"\$\$|\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?<colon>:)?-(?<default>[^}]*))?\}")]
    private static partial Regex Variable();
}

/// <summary>One service of a compose file.</summary>
internal sealed class ComposeService
{
    public string? Image { get; set; }

    public string? Build { get; set; }

    public Dictionary<string, string> Environment { get; set; } = [];

    public List<string> Ports { get; set; } = [];

    public List<string> Volumes { get; set; } = [];

    public Dictionary<string, ComposeDependency> DependsOn { get; set; } = [];

    public ComposeHealthcheck? Healthcheck { get; set; }

    public List<string>? Command { get; set; }

    /// <summary>The service's environment as Compose hands it over with <paramref name="variables"/> set.</summary>
    public Dictionary<string, string> EnvironmentWith(IReadOnlyDictionary<string, string> variables) =>
        Environment.ToDictionary(pair => pair.Key, pair => ComposeFile.Interpolate(pair.Value, variables), StringComparer.Ordinal);
}

/// <summary>An entry of <c>depends_on</c> in its long form.</summary>
internal sealed class ComposeDependency
{
    public string? Condition { get; set; }
}

/// <summary>A service's <c>healthcheck</c>.</summary>
internal sealed class ComposeHealthcheck
{
    public List<string> Test { get; set; } = [];
}
