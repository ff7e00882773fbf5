using System.Text.Json.Serialization;

namespace NewsGraph.App.Reports;

/// <summary>The output of <c>newsgraph extract --format json</c>: the extraction contract.</summary>
internal sealed record ExtractionReport(IReadOnlyList<ArticleReport> Articles, IReadOnlyList<StatementReport> Statements);

internal sealed record ArticleReport(
    string File,
    string? Title,
    string? Outlet,
    string? PublishedAt,
    string? Url,
    IReadOnlyList<string> Credits,
    int WordCount,
    string ContentHash,
    IReadOnlyList<PersonReport> People,
    IReadOnlyList<EntityReport> Organizations,
    IReadOnlyList<EntityReport> Places,
    IReadOnlyList<QuoteReport> Quotes);

internal sealed record PersonReport(string Name, IReadOnlyList<string> Aliases, int Mentions, IReadOnlyList<RoleReport> Roles);

internal sealed record RoleReport(string Title, string? Organization);

internal sealed record EntityReport(string Name, IReadOnlyList<string> Aliases, int Mentions, string Kind);

internal sealed record QuoteReport(
    string? Speaker,
    string Text,
    string Form,
    string? Verb,
    string? Channel,
    string? Via,
    string? CitedSource,
    string? Statement,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ResponseReport? Response);

internal sealed record ResponseReport(string Stance, int Quote);

internal sealed record StatementReport(string Id, string? Speaker, string Canonical, string Kind, IReadOnlyList<string> Articles);
