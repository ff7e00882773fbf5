using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Quotes;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Quotes;

/// <summary>The speakers of quotes, recorded apart from the people named, still take their place among them in text order.</summary>
public class DiscourseOrderTests
{
    [Fact]
    public void A_speaker_recorded_at_a_place_comes_after_a_name_there_and_before_a_later_one()
    {
        var paragraph = new Paragraph("Ana Lima and Bo Sten met Cy Moor on the quay on Monday.", ParagraphKind.Body) { Index = 0 };
        var discourse = Discourse(paragraph);

        discourse.Said(new QuoteSpan(paragraph, 3, paragraph, 4, "words"), new SpeakerRef("Di Roa", SpeakerKind.Person));
        discourse.Said(new QuoteSpan(paragraph, 1, paragraph, 2, "words"), new SpeakerRef("Ed Umo", SpeakerKind.Person));

        Assert.Equal("Di Roa", discourse.MostRecent(["Bo Sten", "Di Roa"], paragraph, 6));
        Assert.Equal("Ed Umo", discourse.MostRecent(["Ana Lima", "Ed Umo", "Bo Sten"], paragraph, 3));
        Assert.Equal("Cy Moor", discourse.MostRecent(["Cy Moor", "Di Roa", "Ed Umo"], paragraph, 9));
        Assert.Equal("Bo Sten", discourse.MostRecent(["Bo Sten", "Ana Lima"], paragraph, 9));
        Assert.Null(discourse.MostRecent(["Di Roa"], paragraph, 3));
    }

    private static Discourse Discourse(Paragraph paragraph)
    {
        var entities = new EntityResolver(new RoleFinder(Gazetteer.Default), Gazetteer.Default).Resolve(new MentionFinder(Gazetteer.Default).Find(paragraph));
        Assert.Equal(["Ana Lima", "Bo Sten", "Cy Moor"], entities.PersonMentions.Select(m => m.Person));
        return new Discourse(entities, Gazetteer.Default, [paragraph], new QuotedRegions([]));
    }
}
