using NewsGraph.Storage.Sqlite;

namespace NewsGraph.Storage.Tests.Sqlite;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("reliable source", "\"reliable\" \"source\"*")]
    [InlineData("  Kursk  ", "\"Kursk\"*")]
    [InlineData("\"foo", "\"foo\"*")]
    [InlineData("AND OR (", "\"AND\" \"OR\"*")]
    [InlineData("title:kursk NEAR(a b)", "\"title\" \"kursk\" \"NEAR\" \"a\" \"b\"*")]
    [InlineData("U.S.-backed", "\"U\" \"S\" \"backed\"*")]
    [InlineData("'); DROP TABLE nodes; --", "\"DROP\" \"TABLE\" \"nodes\"*")]
    [InlineData("e\u0301cole", "\"e\u0301cole\"*")]
    [InlineData("𝔘𝔫𝔦 😀", "\"𝔘𝔫𝔦\"*")]
    [InlineData("nul\0byte", "\"nul\" \"byte\"*")]
    public void From_quotes_each_word_and_makes_the_last_a_prefix(string text, string expected) =>
        Assert.Equal(expected, FtsQuery.From(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\" * ( ) ^ -")]
    [InlineData("😀")]
    public void From_returns_null_when_there_is_nothing_to_search_for(string text) => Assert.Null(FtsQuery.From(text));
}
