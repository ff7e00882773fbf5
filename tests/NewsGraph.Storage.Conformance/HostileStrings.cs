namespace NewsGraph.Storage.Conformance;

/// <summary>Text that breaks stores which build queries from values or mishandle encodings.</summary>
public static class HostileStrings
{
    public static readonly string OneMegabyte = string.Concat(Enumerable.Repeat("0123456789abcdef", 65_536));

    public static TheoryData<string, string> All { get; } = new()
    {
        { "empty", "" },
        { "quotes", "it's \"quoted\" and `ticked`" },
        { "backslashes", @"C:\path\to\file \\ \n \u0000 \" },
        { "sql injection", "'); DROP TABLE nodes; --" },
        { "cypher injection", "\"}) DETACH DELETE n //" },
        { "cypher injection in single quotes", "'}) DETACH DELETE n //" },
        { "cypher statement", "x'}) MATCH (m) DETACH DELETE m RETURN count(*) AS gone //" },
        { "parameter look-alikes", "$x {x} ${rows} $1 {{x}}" },
        { "line and paragraph separators", "one\r\ntwo\u2028three\u2029four\u0085five" },
        { "fts syntax", "\"foo AND (bar OR NEAR(baz)) * ^x col:y" },
        { "json", "{\"a\": [1, 2.0, null], \"b\": \"\\u0041\"}" },
        { "nul characters", "before\0after\0" },
        { "control characters", "tab\tnew\nline\rbell\a\u001f\u007f" },
        { "astral plane", "emoji 😀🧑‍🚀 math 𝔘𝔫𝔦 cjk-b 𠀀𪚥 music 𝄞" },
        { "right to left", "שלום עולם مرحبا بالعالم \u202Eevil\u202C" },
        { "combining marks", "e\u0301 a\u0308 Z\u0351\u0352\u0357\u0358" },
        { "every plane", "\u0041\u00e9\u4e2d\U00010348\U0001F600\U00020000\U000E0041\U000F0000\U0010FFFD" },
        { "percent and underscores", "100% _like_ [brackets] %_" },
        { "one megabyte", OneMegabyte },
    };
}
