using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsGraph.Corpus;

/// <summary>Writes a corpus to a folder: one UTF-8 .txt file per article, and <c>truth.jsonl</c>, one line of ground truth per article.</summary>
public static class CorpusWriter
{
    /// <summary>The ground-truth file written beside the articles.</summary>
    public const string TruthFileName = "truth.jsonl";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Relaxed escaping: the file is read as data, never embedded in a page, and names and curly quotes stay readable.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes every article of <paramref name="articles"/> as it comes, holding none of them after it is written.</summary>
    public static (int Articles, long Bytes) Write(IEnumerable<GeneratedArticle> articles, string folder)
    {
        ArgumentNullException.ThrowIfNull(articles);
        Directory.CreateDirectory(folder);
        using var truth = new StreamWriter(Path.Combine(folder, TruthFileName), append: false, Utf8) { NewLine = "\n" };
        var count = 0;
        var bytes = 0L;
        foreach (var article in articles)
        {
            var content = Utf8.GetBytes(article.Text);
            File.WriteAllBytes(Path.Combine(folder, article.FileName), content);
            truth.WriteLine(JsonSerializer.Serialize(new { article.FileName, article.StoryId, article.Outlet, article.Date, article.Quotes }, Json));
            count++;
            bytes += content.Length;
        }

        return (count, bytes);
    }
}
