using System.Security.Cryptography;
using System.Text;

namespace NewsGraph.Graph;

/// <summary>Deterministic node ids, identical in every store (DESIGN §2).</summary>
public static class NodeIds
{
    /// <summary><c>person/&lt;slug&gt;</c>.</summary>
    public static string Person(string name) => "person/" + NameKey.Slug(name);

    /// <summary><c>org/&lt;slug&gt;</c>.</summary>
    public static string Organization(string name) => "org/" + NameKey.Slug(name);

    /// <summary><c>place/&lt;slug&gt;</c>.</summary>
    public static string Place(string name) => "place/" + NameKey.Slug(name);

    /// <summary><c>source/&lt;slug of the description&gt;</c>.</summary>
    public static string AnonymousSource(string description) => "source/" + NameKey.Slug(description);

    /// <summary><c>article/&lt;first 16 hex digits of the content hash&gt;</c>.</summary>
    public static string Article(string contentHash) => "article/" + contentHash[..Math.Min(16, contentHash.Length)];

    /// <summary><c>claim/&lt;12 hex digits&gt;</c> of a hash of the speaker's id and the canonical wording's key.</summary>
    public static string Claim(string? speakerId, string canonicalWording) =>
        "claim/" + ShortHash((speakerId ?? "") + "\n" + NameKey.Of(canonicalWording), 12);

    /// <summary>The first <paramref name="hexDigits"/> lower-case hex digits of the SHA-256 of <paramref name="text"/>.</summary>
    public static string ShortHash(string text, int hexDigits) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..hexDigits];
}
