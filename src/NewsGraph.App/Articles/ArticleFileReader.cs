using NewsGraph.Extraction;

namespace NewsGraph.App.Articles;

/// <summary>
/// Finds article files under the paths given (folders recursively: .txt, .md, .markdown, .html, .htm, in ordinal
/// path order; each file once) and reads them, refusing files over the size limit before reading them.
/// </summary>
internal sealed class ArticleFileReader(long maxBytes)
{
    /// <summary>The default size limit: 20 MB.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <summary>The article files under <paramref name="paths"/>, and an error for each path that does not exist.</summary>
    public static (List<ArticleSource> Sources, List<string> Errors) Find(IEnumerable<string> paths)
    {
        var sources = new List<ArticleSource>();
        var errors = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                sources.Add(new ArticleSource(path, Path.GetFileName(path)));
            }
            else if (Directory.Exists(path))
            {
                sources.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new ArticleSource(f, Path.GetFileName(f))));
            }
            else
            {
                errors.Add($"{path}: no such file or folder");
            }
        }

        // A file named twice (itself and through its folder) is one article.
        return (sources.DistinctBy(s => Path.GetFullPath(s.Path), StringComparer.Ordinal).ToList(), errors);
    }

    /// <summary>Reads and decodes one file.</summary>
    /// <exception cref="ArticleRejectedException">The file is too large, empty, binary, or cannot be read.</exception>
    public async Task<ArticleInput> ReadAsync(ArticleSource source, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(source.Path).Length;
            if (length > maxBytes)
            {
                throw new ArticleRejectedException($"file is {length:N0} bytes, over the {maxBytes:N0}-byte limit (--max-size)");
            }

            bytes = await File.ReadAllBytesAsync(source.Path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArticleRejectedException($"cannot read the file: {e.Message}", e);
        }

        return ArticleReader.Read(source.Path, bytes);
    }
}
