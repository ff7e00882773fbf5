namespace NewsGraph.Corpus;

/// <summary>Reads the text files embedded in this assembly (Data/*.tsv, Data/*.txt and two gazetteer files of the extractor).</summary>
internal static class DataFiles
{
    /// <summary>The lines of a data file, without comment lines (starting with '#') and blank lines.</summary>
    public static IReadOnlyList<string> Lines(string fileName)
    {
        var name = "NewsGraph.Corpus.Data." + fileName;
        using var stream = typeof(DataFiles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"missing embedded data file {name}");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#' && !string.IsNullOrWhiteSpace(line))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>The tab-separated rows of a data file.</summary>
    public static IEnumerable<string[]> Rows(string fileName) => Lines(fileName).Select(l => l.Split('\t'));

    /// <summary>The values of a multi-valued cell ('|' between values); none for an empty cell.</summary>
    public static string[] Values(string cell) => cell.Length == 0 ? [] : cell.Split('|');
}
