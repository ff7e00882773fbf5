namespace NewsGraph.Corpus.Vocabulary;

/// <summary>A news outlet.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Style">Its house style.</param>
/// <param name="Sections">Section labels a web page shows above the headline.</param>
internal sealed record Outlet(string Name, OutletStyle Style, IReadOnlyList<string> Sections);
