using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>Two neighbouring segments of a capitalised run that together name one thing, or one of them none.</summary>
internal static class SegmentPairs
{
    /// <summary>
    /// Reads <paramref name="first"/> with <paramref name="second"/> when they belong together, and says how many of the two
    /// it consumed: 1 for a direction dropped before a place's unit ("the Eastern Ontario region": the place is read next),
    /// 2 for a place with its direction ("Palmerston North", "Southern Ontario") or a place's own body ("Kansas House of
    /// Representatives"); null otherwise.
    /// </summary>
    public static int? Read(Paragraph paragraph, Segment first, Segment second, List<Mention> mentions)
    {
        var tokens = paragraph.Tokens;
        if (PlaceClues.IsDirectionBeforePlace(tokens, first, second))
        {
            if (PlaceClues.IsBeforeItsUnitNoun(tokens, second))
            {
                return 1;
            }

            mentions.Add(DirectionalPlace(paragraph, first, second, second.Entry!, PlaceKind.Region));
            return 2;
        }

        if (PlaceClues.IsDirectionAfterPlace(tokens, first, second))
        {
            mentions.Add(DirectionalPlace(paragraph, first, second, first.Entry!, first.Entry!.PlaceKind));
            return 2;
        }

        if (OrganizationClues.IsPlaceQualifiedBody(first, second))
        {
            // "the Kansas House of Representatives", "Kenya Red Cross": the state's or the country's own body.
            mentions.Add(new Mention(EntityType.Organization, paragraph.Slice(first.FirstToken, second.EndToken), paragraph, first.FirstToken, second.EndToken)
            {
                OrganizationKind = second.Entry!.OrganizationKind,
            });
            return 2;
        }

        return null;
    }

    /// <summary>The known place and its direction read as one place of <paramref name="kind"/>, in the known place's country.</summary>
    private static Mention DirectionalPlace(Paragraph paragraph, Segment first, Segment second, GazetteerEntry place, PlaceKind kind) =>
        new(EntityType.Place, paragraph.Slice(first.FirstToken, second.EndToken), paragraph, first.FirstToken, second.EndToken)
        {
            PlaceKind = kind,
            Country = place.Kind == GazetteerKind.Country ? place.Name : place.Country,
        };
}
