using NewsGraph.Graph.Linking;

namespace NewsGraph.Graph.Tests.Linking;

public class WordingTests
{
    [Fact]
    public void Brackets_are_dropped_and_their_words_kept()
    {
        Assert.Equal(["it", "the", "levy", "is", "dead"], Wording.Words("It [the levy] is dead"));
        Assert.Equal(Wording.Words("the plan"), Wording.Words("th[e] plan"));
    }

    [Theory]
    // Contractions read as the words they stand for.
    [InlineData("Farmers can't absorb it", "Farmers cannot absorb it")]
    [InlineData("Farmers can't absorb it", "Farmers can not absorb it")]
    [InlineData("We won't sign", "We will not sign")]
    [InlineData("They don't pay", "They do not pay")]
    [InlineData("We'll see", "We will see")]
    [InlineData("They're late", "They are late")]
    [InlineData("I'm sure", "I am sure")]
    // Curly and straight apostrophes fold together.
    [InlineData("We don\u2019t pay", "We don't pay")]
    [InlineData("Farmers can\u2019t absorb it", "Farmers can't absorb it")]
    // Accents fold to the base letters.
    [InlineData("Zürich café", "Zurich cafe")]
    [InlineData("Hélène Lefèvre", "Helene Lefevre")]
    [InlineData("Nguyễn Thị Thu Hà", "Nguyen Thi Thu Ha")]
    [InlineData("Małgorzata Wąsowska-Król", "Malgorzata Wasowska-Krol")]
    // The possessive 's is dropped, whatever the apostrophe.
    [InlineData("the minister's plan", "the minister plan")]
    [InlineData("the minister\u2019s plan", "the minister plan")]
    [InlineData("the ministers' plan", "the ministers plan")]
    public void Spelling_variants_read_as_the_same_words(string variant, string plain) =>
        Assert.Equal(Wording.Words(plain), Wording.Words(variant));

    [Fact]
    public void Case_and_punctuation_are_ignored() =>
        Assert.Equal(["this", "plan", "is", "dead", "on", "arrival"], Wording.Words("\u201CThis PLAN, is -- dead on arrival!\u201D"));

    [Fact]
    public void A_leading_quote_mark_is_not_part_of_a_word() =>
        Assert.Equal(["close", "is", "not", "a", "deal"], Wording.Words("\u2018close is not a deal,\u2019"));

    [Fact]
    public void Different_words_stay_different() =>
        Assert.NotEqual(Wording.Words("public money"), Wording.Words("taxpayers' money"));

    [Fact]
    public void Content_words_leave_out_function_words() =>
        Assert.Equal(
            new HashSet<string>(["plan", "dead", "arrival"]),
            Wording.ContentWords(Wording.Words("This plan is dead on arrival")));

    [Fact]
    public void Jaccard_is_shared_words_over_all_words()
    {
        Assert.Equal(1.0, Wording.Jaccard(["a", "b"], ["b", "a"]));
        Assert.Equal(0.0, Wording.Jaccard(["a"], ["b"]));
        Assert.Equal(0.5, Wording.Jaccard(["a", "b", "c"], ["b", "c", "d"]));
        Assert.Equal(1.0, Wording.Jaccard([], []));
    }

    [Fact]
    public void Containment_is_the_share_of_the_part_found_in_the_whole()
    {
        Assert.Equal(1.0, Wording.Containment(["dead", "arrival"], ["plan", "dead", "arrival"]));
        Assert.Equal(0.5, Wording.Containment(["dead", "budget"], ["plan", "dead", "arrival"]));
        Assert.Equal(0.0, Wording.Containment([], ["plan"]));
    }

    [Fact]
    public void Occurs_in_requires_the_words_in_a_row()
    {
        var whole = Wording.Words("This plan is dead on arrival");

        Assert.True(Wording.OccursIn(Wording.Words("dead on arrival"), whole));
        Assert.False(Wording.OccursIn(Wording.Words("plan dead on arrival"), whole));
        Assert.False(Wording.OccursIn(Wording.Words("arrival on dead"), whole));
    }

    [Theory]
    [InlineData("the crews reopened every lane by noon", true)]
    [InlineData("cleared the road and reopened every lane", true)]
    [InlineData("every lane the crews reopened", false)]
    [InlineData("the crews reopened every bridge", false)]
    public void A_quote_shortened_by_leaving_words_out_stands_in_order_in_the_whole(string part, bool standsInOrder)
    {
        var whole = Wording.Words("The crews cleared the road by the mill and reopened every lane they could, by noon.");

        Assert.Equal(standsInOrder, Wording.StandsInOrder(Wording.Words(part), whole));
    }

    [Theory]
    [InlineData("A post says 'the bridge is closed' and it is not.", true)]
    [InlineData("He told us, \u201Cgo home\u201D, and we did.", true)]
    [InlineData("She called it \"a disgrace\" twice.", true)]
    [InlineData("\u2018We won\u2019t go back to the drivers\u2019 hostel.\u2019", false)]
    [InlineData("\"It's the union's call, not ours.\"", false)]
    public void A_wording_opens_a_quotation_of_its_own_only_at_a_mark_after_a_space(string wording, bool opens)
    {
        Assert.Equal(opens, Wording.OpensQuotation(wording));
    }
}
