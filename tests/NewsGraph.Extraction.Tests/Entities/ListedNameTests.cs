namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>A key-point or fact-box line names in full the person the story calls by one word of their name.</summary>
public class ListedNameTests
{
    [Fact]
    public void A_full_name_in_a_key_point_completes_the_one_the_story_calls_by_surname()
    {
        const string Text = "Sprint final\n\nLehtikuusi crossed the line a wheel ahead of the field. \"I did not look back once,\" Lehtikuusi said.\n\n"
            + "Key points\n\nIlta Lehtikuusi takes the national sprint title in front of a home crowd\n\nThe defending champion fell in the semi-final.";

        var article = TestExtraction.Extract(Text);

        Assert.Contains("Ilta Lehtikuusi", article.People.Select(p => p.Name));
        Assert.Equal("Ilta Lehtikuusi", article.Quotes.Single().Speaker?.Name);
    }
}
