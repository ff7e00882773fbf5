using System.Text.RegularExpressions;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>
/// Neo4j status codes (<c>Neo.[Classification].[Category].[Title]</c>) to <see cref="GraphStoreException"/>s, by a
/// table: the rule with the longest matching prefix wins. The exception keeps Neo4j's code as its
/// <see cref="GraphStoreException.Code"/>, so callers never need this adapter's types.
/// </summary>
internal static partial class Neo4jErrors
{
    /// <summary>The rules, most specific first within each family.</summary>
    public static IReadOnlyList<Neo4jErrorRule> Rules { get; } =
    [
        new("Neo.ClientError.Security.Unauthorized", false, "the user name or password was rejected"),
        new("Neo.ClientError.Security.AuthenticationRateLimit", false, "the login was refused after too many failed attempts"),
        new("Neo.ClientError.Security.CredentialsExpired", false, "the password has expired and must be changed"),
        new("Neo.ClientError.Security.Forbidden", false, "the user may not do this"),
        new("Neo.ClientError.Security.", false, "access was refused"),
        new("Neo.ClientError.Database.DatabaseNotFound", false, "the database does not exist"),
        new("Neo.ClientError.Schema.ConstraintValidationFailed", false, "the change breaks a constraint"),
        new("Neo.ClientError.Schema.", false, "a schema operation was refused"),
        new("Neo.ClientError.Statement.", false, "a statement was refused"),
        new("Neo.ClientError.Transaction.", false, "the transaction was refused"),
        new("Neo.ClientError.", false, "the request was refused"),
        new("Neo.TransientError.", true, "the server reported a transient failure"),
        new("Neo.DatabaseError.", false, "the database failed"),
        new("Neo.", false, "the server reported a failure"),
    ];

    /// <summary>The rule for <paramref name="code"/>: the one with the longest matching prefix.</summary>
    public static Neo4jErrorRule RuleFor(string code) =>
        Rules.Where(rule => code.StartsWith(rule.CodePrefix, StringComparison.Ordinal)).MaxBy(rule => rule.CodePrefix.Length)
        ?? new Neo4jErrorRule(code, false, "the server reported a failure");

    /// <summary>The exception for an error that Neo4j at <paramref name="url"/> reported: one line, naming the server and the code.</summary>
    public static GraphStoreException ToException(string code, string? message, Uri url)
    {
        var rule = RuleFor(code);
        var detail = OneLine(message);
        var text = $"Neo4j at {url}: {rule.Summary} ({code})" + (detail.Length > 0 ? $": {detail}" : ".");
        return new GraphStoreException(text, code, rule.IsTransient);
    }

    private static string OneLine(string? message)
    {
        var line = Whitespace().Replace(message ?? "", " ").Trim();
        return line.Length <= 500 ? line : string.Concat(line.AsSpan(0, 500), "…");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
