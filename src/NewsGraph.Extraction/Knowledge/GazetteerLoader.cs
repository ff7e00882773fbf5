using System.Globalization;
using System.Reflection;

namespace NewsGraph.Extraction.Knowledge;

/// <summary>Reads the tab-separated data files embedded in the assembly into a <see cref="Gazetteer"/>.</summary>
internal static class GazetteerLoader
{
    private const string ResourcePrefix = "NewsGraph.Extraction.Data.";

    public static Gazetteer LoadEmbedded()
    {
        var builder = new Gazetteer.Builder();
        foreach (var row in Rows("countries.tsv"))
        {
            var name = row[0];
            var country = new GazetteerEntry(name, GazetteerKind.Country, null);
            builder.AddPhrase(name, country);
            foreach (var alias in Values(row, 1))
            {
                builder.AddPhrase(alias, country);
            }

            foreach (var demonym in Values(row, 2))
            {
                builder.AddPhrase(demonym, new GazetteerEntry(name, GazetteerKind.Demonym, null));
            }
        }

        foreach (var row in Rows("regions.tsv"))
        {
            var kind = Column(row, 3) == "other" ? GazetteerKind.GeographicRegion : GazetteerKind.Region;
            AddWithAliases(builder, row, new GazetteerEntry(row[0], kind, NullIfEmpty(Column(row, 1))), aliasColumn: 2);
        }

        foreach (var row in Rows("cities.tsv"))
        {
            _ = long.TryParse(Column(row, 2), NumberStyles.Integer, CultureInfo.InvariantCulture, out var population);
            AddWithAliases(builder, row, new GazetteerEntry(row[0], GazetteerKind.City, NullIfEmpty(Column(row, 1)), Rank: population), aliasColumn: 3);
        }

        foreach (var row in Rows("organizations.tsv"))
        {
            var entry = new GazetteerEntry(
                row[0],
                GazetteerKind.Organization,
                null,
                ParseOrganizationKind(Column(row, 1)),
                IsPhotoAgency: Values(row, 3).Contains("photo", StringComparer.OrdinalIgnoreCase));
            AddWithAliases(builder, row, entry, aliasColumn: 2);
        }

        foreach (var row in Rows("titles.tsv"))
        {
            if (Enum.TryParse<TitleWordKind>(Column(row, 1), ignoreCase: true, out var kind))
            {
                builder.AddTitle(row[0], kind);
            }
        }

        foreach (var row in Rows("given-names.tsv"))
        {
            builder.AddGivenName(row[0], Column(row, 1) switch { "F" => Gender.Female, "M" => Gender.Male, _ => Gender.Unknown });
        }

        foreach (var row in Rows("common-words.tsv"))
        {
            builder.AddCommonWord(row[0]);
        }

        return builder.Build();
    }

    private static void AddWithAliases(Gazetteer.Builder builder, string[] row, GazetteerEntry entry, int aliasColumn)
    {
        foreach (var name in Values(row, aliasColumn).Prepend(row[0]).SelectMany(WithSaintAbbreviated))
        {
            builder.AddPhrase(name, entry);
        }
    }

    /// <summary>"Saint Paul" is written "St Paul" and "St. Paul" as often as not.</summary>
    private static IEnumerable<string> WithSaintAbbreviated(string name)
    {
        yield return name;
        if (name.StartsWith("Saint ", StringComparison.Ordinal))
        {
            yield return "St " + name["Saint ".Length..];
            yield return "St. " + name["Saint ".Length..];
        }
    }

    private static OrganizationKind ParseOrganizationKind(string value) =>
        Enum.TryParse<OrganizationKind>(value.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var kind)
            ? kind
            : OrganizationKind.Other;

    private static string Column(string[] row, int index) => index < row.Length ? row[index].Trim() : "";

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string[] Values(string[] row, int index) =>
        Column(row, index).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<string[]> Rows(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The data file {file} is not embedded in {typeof(GazetteerLoader).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }
}
