using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j.Tests.Unit;

public sealed class NodeCursorTests
{
    private static readonly string Scope = NodeCursor.ScopeOf(new NodeQuery(NodeLabels.Claim) { Order = new NodeOrder(NodeOrderField.RelayCount, true) });

    [Theory]
    [InlineData("claim/1", "it's \"quoted\" 😀")]
    [InlineData("claim/2", 42L)]
    [InlineData("claim/3", 0.5)]
    [InlineData("claim/4", null)]
    public void A_cursor_reads_back_what_it_holds(string id, object? value)
    {
        var cursor = new NodeCursor(Scope, value, id);

        Assert.Equal(cursor, NodeCursor.Decode(cursor.Encode(), Scope));
        Assert.Matches("^[A-Za-z0-9_-]+$", cursor.Encode());
    }

    [Fact]
    public void A_cursor_of_another_scope_is_refused()
    {
        var other = NodeCursor.ScopeOf(new NodeQuery(NodeLabels.Claim));

        Assert.Throws<InvalidCursorException>(() => NodeCursor.Decode(new NodeCursor(Scope, 1L, "claim/1").Encode(), other));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("bnVsbA")]
    [InlineData("eyJpc3MiOiJuZXdzZ3JhcGgtbmVvNGovMSJ9")]
    [InlineData("WzFd")]
    public void Anything_else_is_an_invalid_cursor(string text) =>
        Assert.Throws<InvalidCursorException>(() => NodeCursor.Decode(text, Scope));
}
