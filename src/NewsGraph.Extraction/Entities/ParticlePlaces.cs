using System.Collections.Frozen;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// Names joined by a lower-case particle that name places, not people: "Ponte de Lima", "Castelo de Vide", "Serra da
/// Estrela" by the word for a place they open with, "from Arcos de Valdevez", "at Vila do Conde" by the preposition of
/// place before them; never a name that opens with a given name ("Ana da Silva") or with the particle ("Da Silva").
/// A name read as such a place anywhere in an article is that place everywhere in it.
/// </summary>
internal sealed class ParticlePlaces(Gazetteer gazetteer)
{
    /// <summary>The particles of Romance place names: "Ponte de Lima", "Foz do Arelho", "Puerto del Rosario", "Pont du Gard".</summary>
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "y", "e"], StringComparer.Ordinal);

    /// <summary>Words for a bridge, a castle, a town, a river, a mountain and the like that open a place's name.</summary>
    private static readonly FrozenSet<string> PlaceWords = FrozenSet.ToFrozenSet(
    [
        "Ponte", "Pont", "Puente", "Castelo", "Castillo", "Castel", "Castell", "Vila", "Villa", "Ville", "Vale", "Valle",
        "Serra", "Sierra", "Rio", "Río", "Porto", "Puerto", "Monte", "Mont", "Salar", "Foz", "Praia", "Playa", "Ribeira",
        "São", "Santa", "Santo", "San", "Saint", "Sainte", "Ilha", "Isla", "Île", "Lago", "Laguna", "Campo", "Ciudad",
        "Cidade", "Torre", "Cabo", "Baía", "Bahía", "Arroyo", "Aldea", "Quinta", "Fuente", "Fonte", "Vega", "Cerro",
    ], StringComparer.Ordinal);

    /// <summary>Prepositions after which a name is where something is or comes from.</summary>
    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
        ["in", "at", "near", "from", "around", "outside", "between", "across", "towards", "toward", "through", "via", "into"], StringComparer.Ordinal);

    /// <summary>Whether the capitalised run <paramref name="start"/>..<paramref name="end"/> is a place joined by a particle.</summary>
    public bool IsPlace(IReadOnlyList<Token> tokens, int start, int end)
    {
        // A dateline in capitals ("PONTE DE LIMA —") has its particle in capitals too.
        var shouting = Enumerable.Range(start, end - start).All(t => !tokens[t].Value.Any(char.IsLower));
        var first = shouting ? tokens[start].Value[..1] + tokens[start].Value[1..].ToLowerInvariant() : tokens[start].Value;
        if (end - start < 3 || !HasParticle(tokens, start, end, shouting) || !tokens[end - 1].IsCapitalized
            || Particles.Contains(first.ToLowerInvariant()) || gazetteer.IsGivenName(first)
            || Enumerable.Range(start, end - start).Any(t => !IsParticle(tokens[t], shouting)
                && (gazetteer.TitleWord(tokens[t].Value) is not null || OrganizationHeads.KindOf(tokens[t].Value) is not null)))
        {
            return false;
        }

        return PlaceWords.Contains(first) || (start > 0 && PlacePrepositions.Contains(tokens[start - 1].Value));
    }

    /// <summary>The place's name with its particles in lower case, as a name in capitals title-cased gives them ("Ponte De Lima").</summary>
    public static string Name(string name) =>
        string.Join(' ', name.Split(' ').Select((w, i) => i > 0 && Particles.Contains(w.ToLowerInvariant()) ? w.ToLowerInvariant() : w));

    /// <summary>The mentions, each person's that has the name of a place joined by a particle read elsewhere in the article made that place's.</summary>
    public static List<Mention> Spread(List<Mention> mentions)
    {
        var places = mentions.Where(m => m.Type == EntityType.Place && HasParticle(m.Name)).Select(m => EntityNames.Key(m.Name)).ToHashSet(StringComparer.Ordinal);
        if (places.Count == 0)
        {
            return mentions;
        }

        return [.. mentions.Select(m => m.Type == EntityType.Person && m.InnerTitle is null && places.Contains(EntityNames.Key(m.Name))
            ? m with { Type = EntityType.Place, IsTentative = false, PlaceKind = PlaceKind.Other }
            : m)];
    }

    private static bool HasParticle(IReadOnlyList<Token> tokens, int start, int end, bool shouting) =>
        Enumerable.Range(start + 1, Math.Max(0, end - start - 2)).Any(t => IsParticle(tokens[t], shouting));

    private static bool IsParticle(Token token, bool shouting) => token.IsWord && Particles.Contains(shouting ? token.Value.ToLowerInvariant() : token.Value);

    private static bool HasParticle(string name) => name.Split(' ').Any(w => Particles.Contains(w.ToLowerInvariant()));
}
