namespace NewsGraph.Graph.Tests.Model;

public sealed class NodeIdsTests
{
    [Fact]
    public void Entity_ids_are_a_prefix_and_the_slug_of_the_name()
    {
        Assert.Equal("person/gideon-rachman", NodeIds.Person("Gideon Rachman"));
        Assert.Equal("org/financial-times", NodeIds.Organization("The Financial Times"));
        Assert.Equal("place/kursk", NodeIds.Place("Kursk"));
        Assert.Equal("source/a-usually-reliable-source", NodeIds.AnonymousSource("A usually reliable source"));
    }

    [Fact]
    public void Entity_ids_are_the_same_for_variants_of_a_name()
    {
        Assert.Equal(NodeIds.Person("José Martí"), NodeIds.Person("Jose Marti"));
        Assert.Equal(NodeIds.Organization("Task & Purpose"), NodeIds.Organization("task and purpose"));
    }

    [Theory]
    [InlineData("473886956613e94e0123456789abcdef", "article/473886956613e94e")]
    [InlineData("abc", "article/abc")]
    public void Article_ids_take_the_first_sixteen_digits_of_the_content_hash(string hash, string expected) =>
        Assert.Equal(expected, NodeIds.Article(hash));

    [Fact]
    public void Claim_ids_are_twelve_hex_digits_that_depend_on_speaker_and_wording_key()
    {
        var id = NodeIds.Claim("person/gideon-rachman", "They have unfettered access to the internet.");

        Assert.Matches("^claim/[0-9a-f]{12}$", id);
        Assert.Equal(id, NodeIds.Claim("person/gideon-rachman", "they have UNFETTERED access to the internet"));
        Assert.NotEqual(id, NodeIds.Claim("person/charlie-dietz", "They have unfettered access to the internet."));
        Assert.NotEqual(id, NodeIds.Claim("person/gideon-rachman", "They have no access to the internet."));
        Assert.NotEqual(id, NodeIds.Claim(null, "They have unfettered access to the internet."));
        Assert.Equal(NodeIds.Claim(null, "x"), NodeIds.Claim(null, "X!"));
    }

    [Fact]
    public void ShortHash_is_a_prefix_of_the_lower_case_sha256()
    {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        Assert.Equal("ba7816bf", NodeIds.ShortHash("abc", 8));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", NodeIds.ShortHash("abc", 64));
    }
}
