namespace NewsGraph.App.Articles;

/// <summary>An article file to read: its path and the name it is reported under.</summary>
/// <param name="Path">Where the file is.</param>
/// <param name="Name">The file's name without its folder, as the extraction contract reports it.</param>
internal sealed record ArticleSource(string Path, string Name);
