using NewsGraph.Extraction.Quotes;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Quotes;

public class UnnamedSourceHistoryTests
{
    private static readonly List<Paragraph> Body =
    [
        .. new[]
        {
            "A person familiar with the talks said the offer was final.",
            "The union met on Tuesday.",
            "Later, a senior official at the ministry said the offer would change.",
            "The mayor wants a deal.",
        }.Select((text, i) => new Paragraph(text, ParagraphKind.Body) { Index = i }),
    ];

    [Fact]
    public void Finds_the_last_source_with_the_noun_before_the_place()
    {
        var history = new UnnamedSourceHistory(Body);

        Assert.Equal((2, "a senior official at the ministry"), Shape(history.Before("official", Body[3], 0)));
        Assert.Equal((0, "A person familiar with the talks"), Shape(history.Before("person", Body[3], 0)));
        Assert.Null(history.Before("person", Body[0], 0));
        Assert.Null(history.Before("official", Body[2], 1));
        Assert.Null(history.Before("diplomat", Body[3], 0));
    }

    [Fact]
    public void Asked_further_and_further_into_one_paragraph_it_answers_as_a_fresh_history_would()
    {
        // "Officials" read up to itself is a bare plural; read on, "familiar with the plan" qualifies it.
        List<Paragraph> body = [new Paragraph("Ministers met. Officials familiar with the plan said it would change. The officials added more.", ParagraphKind.Body) { Index = 0 }];
        var asked = new UnnamedSourceHistory(body);

        var answers = Enumerable.Range(0, body[0].Tokens.Count + 1).Select(token => Shape(asked.Before("officials", body[0], token))).ToList();
        var fresh = Enumerable.Range(0, body[0].Tokens.Count + 1).Select(token => Shape(new UnnamedSourceHistory(body).Before("officials", body[0], token))).ToList();

        Assert.Equal(fresh, answers);
        Assert.Contains((0, "Officials familiar with the plan"), answers);
    }

    private static (int, string)? Shape((string Description, int Paragraph)? source) =>
        source is { } found ? (found.Paragraph, found.Description) : null;
}
